/** Staff side of Emploi Store idées: panel and routes (status + official answer, merge, realisation) and « je m'en occupe ». */
export { loadPledges, loadStaffPanel, PledgesSection, StaffPanel, type PledgesData, type StaffPanelData, type StaffPanelIdea, isStaff, canPledge } from './staff-panel.js';
export { registerIdeasStaffRoutes } from './staff.route.js';
