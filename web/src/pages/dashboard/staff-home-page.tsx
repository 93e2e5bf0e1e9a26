import { Flex } from 'antd';
import { DivisionTreePage } from '../divisions/division-tree-page.tsx';
import { TodoPanel } from '../todos/todo-panel.tsx';
import { DashboardSection } from './dashboard-section.tsx';

/** `/` for county and township staff and the county leader: what waits for them, then the county's picture. */
export function StaffHomePage() {
  return (
    <Flex vertical gap={16}>
      <TodoPanel />
      <DashboardSection />
      <DivisionTreePage />
    </Flex>
  );
}
