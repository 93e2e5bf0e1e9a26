import { dutySections, type TDutyListItem } from '@zhucun/core';
import { Typography } from 'antd';

/**
 * A duty list as read: each heading with its duties numbered through the list (1, 2, 3 …), long
 * lines wrapping on a 360-px phone. Presentational: the page passes the lines.
 */
export function DutyListText({ items }: { items: readonly TDutyListItem[] }) {
  return (
    <div className="zc-duty-list">
      {dutySections(items).map((section) => (
        <section key={section.duties[0]?.no ?? 0} style={{ marginBottom: 12 }}>
          {section.heading && (
            <Typography.Title level={5} style={{ margin: '8px 0 4px' }}>
              {section.heading}
            </Typography.Title>
          )}
          <ol start={section.duties[0]?.no ?? 1} style={{ margin: 0, paddingInlineStart: 24 }}>
            {section.duties.map((d) => (
              <li key={d.no} style={{ overflowWrap: 'anywhere', marginBottom: 4 }}>
                {d.wording}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
