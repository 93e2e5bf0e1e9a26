import { Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectList } from '../../api/projects.ts';
import { ProjectCards } from '../projects/project-table.tsx';

/**
 * 帮带对象的项目: the projects the mentor's active mentees lead or claim (the server's projects scope
 * for a mentor), as cards that open the project's page (progress, where the mentor comments).
 */
export function MenteeProjects() {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const projects = useProjectList(paging);
  return (
    <section aria-label={t('mentoring.mine.projects')} style={{ marginTop: 16 }}>
      <Typography.Title level={4}>{t('mentoring.mine.projects')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('mentoring.mine.projectsHint')}</Typography.Paragraph>
      <ProjectCards
        projects={projects.data?.items ?? []}
        loading={projects.isFetching}
        empty={<Empty description={t('mentoring.mine.noProjects')} />}
        paging={{
          ...paging,
          total: projects.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </section>
  );
}
