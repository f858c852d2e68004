/**
 * Word lists for the synthetic handbook: an organisation in Chinese retail and after-sales service,
 * with English and Simplified Chinese names. Plain data; the generator combines it at random.
 */

export interface Named {
  slug: string;
  en: string;
  zh: string;
}

export const ORGANISATION: Named = { slug: 'huaxin-group', en: 'Huaxin Service Group', zh: '华信服务集团' };

export const DEPARTMENTS: Named[] = [
  { slug: 'dept-customer-service', en: 'Customer Service Department', zh: '客户服务部' },
  { slug: 'dept-quality', en: 'Quality Management Department', zh: '质量管理部' },
  { slug: 'dept-operations', en: 'Operations Department', zh: '运营部' },
  { slug: 'dept-after-sales', en: 'After-sales Department', zh: '售后服务部' },
  { slug: 'dept-logistics', en: 'Logistics Department', zh: '物流配送部' },
  { slug: 'dept-training', en: 'Training and Development Department', zh: '培训发展部' },
  { slug: 'dept-internal-control', en: 'Internal Control Department', zh: '内控部' },
  { slug: 'dept-it', en: 'Information Technology Department', zh: '信息技术部' },
];

export const REGIONS: Named[] = [
  { slug: 'shanghai', en: 'Shanghai', zh: '上海' },
  { slug: 'beijing', en: 'Beijing', zh: '北京' },
  { slug: 'guangdong', en: 'Guangdong', zh: '广东' },
  { slug: 'zhejiang', en: 'Zhejiang', zh: '浙江' },
  { slug: 'jiangsu', en: 'Jiangsu', zh: '江苏' },
  { slug: 'sichuan', en: 'Sichuan', zh: '四川' },
  { slug: 'hubei', en: 'Hubei', zh: '湖北' },
  { slug: 'shandong', en: 'Shandong', zh: '山东' },
  { slug: 'fujian', en: 'Fujian', zh: '福建' },
  { slug: 'henan', en: 'Henan', zh: '河南' },
  { slug: 'hunan', en: 'Hunan', zh: '湖南' },
  { slug: 'shaanxi', en: 'Shaanxi', zh: '陕西' },
  { slug: 'liaoning', en: 'Liaoning', zh: '辽宁' },
  { slug: 'chongqing', en: 'Chongqing', zh: '重庆' },
  { slug: 'tianjin', en: 'Tianjin', zh: '天津' },
  { slug: 'yunnan', en: 'Yunnan', zh: '云南' },
  { slug: 'anhui', en: 'Anhui', zh: '安徽' },
  { slug: 'guangxi', en: 'Guangxi', zh: '广西' },
  { slug: 'jiangxi', en: 'Jiangxi', zh: '江西' },
  { slug: 'hebei', en: 'Hebei', zh: '河北' },
  { slug: 'shanxi', en: 'Shanxi', zh: '山西' },
  { slug: 'jilin', en: 'Jilin', zh: '吉林' },
  { slug: 'heilongjiang', en: 'Heilongjiang', zh: '黑龙江' },
  { slug: 'guizhou', en: 'Guizhou', zh: '贵州' },
];

export const DISTRICTS: Named[] = [
  { slug: 'pudong', en: 'Pudong', zh: '浦东' },
  { slug: 'xuhui', en: 'Xuhui', zh: '徐汇' },
  { slug: 'jingan', en: 'Jing’an', zh: '静安' },
  { slug: 'chaoyang', en: 'Chaoyang', zh: '朝阳' },
  { slug: 'haidian', en: 'Haidian', zh: '海淀' },
  { slug: 'tianhe', en: 'Tianhe', zh: '天河' },
  { slug: 'futian', en: 'Futian', zh: '福田' },
  { slug: 'nanshan', en: 'Nanshan', zh: '南山' },
  { slug: 'xihu', en: 'Xihu', zh: '西湖' },
  { slug: 'gulou', en: 'Gulou', zh: '鼓楼' },
  { slug: 'jinjiang', en: 'Jinjiang', zh: '锦江' },
  { slug: 'wuhou', en: 'Wuhou', zh: '武侯' },
  { slug: 'jianghan', en: 'Jianghan', zh: '江汉' },
  { slug: 'lixia', en: 'Lixia', zh: '历下' },
  { slug: 'siming', en: 'Siming', zh: '思明' },
  { slug: 'yuelu', en: 'Yuelu', zh: '岳麓' },
  { slug: 'yanta', en: 'Yanta', zh: '雁塔' },
  { slug: 'heping', en: 'Heping', zh: '和平' },
  { slug: 'yuzhong', en: 'Yuzhong', zh: '渝中' },
  { slug: 'binhai', en: 'Binhai', zh: '滨海' },
  { slug: 'wuhua', en: 'Wuhua', zh: '五华' },
  { slug: 'baohe', en: 'Baohe', zh: '包河' },
  { slug: 'qingxiu', en: 'Qingxiu', zh: '青秀' },
  { slug: 'donghu', en: 'Donghu', zh: '东湖' },
  { slug: 'changan', en: 'Chang’an', zh: '长安' },
  { slug: 'xiaodian', en: 'Xiaodian', zh: '小店' },
  { slug: 'nanguan', en: 'Nanguan', zh: '南关' },
  { slug: 'daoli', en: 'Daoli', zh: '道里' },
  { slug: 'yunyan', en: 'Yunyan', zh: '云岩' },
  { slug: 'minhang', en: 'Minhang', zh: '闵行' },
  { slug: 'yangpu', en: 'Yangpu', zh: '杨浦' },
  { slug: 'dongcheng', en: 'Dongcheng', zh: '东城' },
  { slug: 'xicheng', en: 'Xicheng', zh: '西城' },
  { slug: 'yuexiu', en: 'Yuexiu', zh: '越秀' },
  { slug: 'baoan', en: 'Bao’an', zh: '宝安' },
  { slug: 'binjiang', en: 'Binjiang', zh: '滨江' },
  { slug: 'xuanwu', en: 'Xuanwu', zh: '玄武' },
  { slug: 'qingyang', en: 'Qingyang', zh: '青羊' },
  { slug: 'hongshan', en: 'Hongshan', zh: '洪山' },
  { slug: 'shinan', en: 'Shinan', zh: '市南' },
  { slug: 'huli', en: 'Huli', zh: '湖里' },
  { slug: 'furong', en: 'Furong', zh: '芙蓉' },
  { slug: 'beilin', en: 'Beilin', zh: '碑林' },
  { slug: 'shahekou', en: 'Shahekou', zh: '沙河口' },
  { slug: 'jiangbei', en: 'Jiangbei', zh: '江北' },
  { slug: 'guandu', en: 'Guandu', zh: '官渡' },
  { slug: 'shushan', en: 'Shushan', zh: '蜀山' },
  { slug: 'xingning', en: 'Xingning', zh: '兴宁' },
  { slug: 'qingshanhu', en: 'Qingshanhu', zh: '青山湖' },
  { slug: 'qiaoxi', en: 'Qiaoxi', zh: '桥西' },
  { slug: 'yingze', en: 'Yingze', zh: '迎泽' },
  { slug: 'kuancheng', en: 'Kuancheng', zh: '宽城' },
  { slug: 'nangang', en: 'Nangang', zh: '南岗' },
  { slug: 'nanming', en: 'Nanming', zh: '南明' },
  { slug: 'high-tech-zone', en: 'High-tech Zone', zh: '高新区' },
  { slug: 'old-town', en: 'Old Town', zh: '老城' },
  { slug: 'east-station', en: 'East Station', zh: '东站' },
  { slug: 'airport', en: 'Airport', zh: '机场' },
  { slug: 'university-town', en: 'University Town', zh: '大学城' },
  { slug: 'riverside', en: 'Riverside', zh: '江畔' },
];

export interface RoleInfo extends Named {
  description: string;
}

export const ROLES: RoleInfo[] = [
  { slug: 'service-agent', en: 'Service agent', zh: '客服专员', description: 'Answers customers on the phone, online and at the counter, and records every contact.' },
  { slug: 'senior-agent', en: 'Senior service agent', zh: '高级客服专员', description: 'Handles escalated contacts and coaches new agents.' },
  { slug: 'team-leader', en: 'Team leader', zh: '班组长', description: 'Leads a shift, checks open cases and approves goodwill gestures within limits.' },
  { slug: 'branch-manager', en: 'Branch manager', zh: '网点经理', description: 'Runs a branch and is accountable for its service quality scores.' },
  { slug: 'regional-manager', en: 'Regional manager', zh: '区域经理', description: 'Oversees the branches of a region and reviews their scorecards monthly.' },
  { slug: 'department-head', en: 'Department head', zh: '部门负责人', description: 'Heads a department and carries out the daily inspection of its processes.' },
  { slug: 'quality-manager', en: 'Quality manager', zh: '质量经理', description: 'Owns the quality management system, the scorecards and the management review.' },
  { slug: 'quality-inspector', en: 'Quality inspector', zh: '质检员', description: 'Samples contacts and records, scores them and reports nonconformities.' },
  { slug: 'complaint-specialist', en: 'Complaint specialist', zh: '投诉专员', description: 'Investigates complaints, proposes solutions and closes the loop with the customer.' },
  { slug: 'after-sales-engineer', en: 'After-sales engineer', zh: '售后工程师', description: 'Repairs, installs and inspects products at the customer’s site.' },
  { slug: 'delivery-driver', en: 'Delivery driver', zh: '配送员', description: 'Delivers orders and reports delivery exceptions.' },
  { slug: 'dispatcher', en: 'Dispatcher', zh: '调度员', description: 'Plans routes and assigns deliveries and visits.' },
  { slug: 'counter-clerk', en: 'Counter clerk', zh: '柜台柜员', description: 'Serves walk-in customers at the counter.' },
  { slug: 'trainer', en: 'Trainer', zh: '培训师', description: 'Runs tiered training and certification assessments.' },
  { slug: 'mentor', en: 'Mentor', zh: '带教导师', description: 'Guides a new colleague until certification.' },
  { slug: 'internal-auditor', en: 'Internal auditor', zh: '内审员', description: 'Plans and performs internal audits; never audits their own work.' },
  { slug: 'document-controller', en: 'Document controller', zh: '文控专员', description: 'Keeps the document register, versions and archive.' },
  { slug: 'data-analyst', en: 'Data analyst', zh: '数据分析师', description: 'Prepares KPI data, control charts and the monthly scorecard.' },
  { slug: 'it-support', en: 'IT support engineer', zh: 'IT支持工程师', description: 'Keeps the CRM, telephony and survey tools running.' },
];

export const SURNAMES: [string, string][] = [
  ['Li', '李'], ['Wang', '王'], ['Zhang', '张'], ['Liu', '刘'], ['Chen', '陈'], ['Yang', '杨'], ['Zhao', '赵'],
  ['Huang', '黄'], ['Zhou', '周'], ['Wu', '吴'], ['Xu', '徐'], ['Sun', '孙'], ['Hu', '胡'], ['Zhu', '朱'],
  ['Gao', '高'], ['Lin', '林'], ['He', '何'], ['Guo', '郭'], ['Ma', '马'], ['Luo', '罗'], ['Liang', '梁'],
  ['Song', '宋'], ['Zheng', '郑'], ['Xie', '谢'], ['Han', '韩'], ['Tang', '唐'], ['Feng', '冯'], ['Deng', '邓'],
];

export const GIVEN_NAMES: [string, string][] = [
  ['Wei', '伟'], ['Fang', '芳'], ['Na', '娜'], ['Min', '敏'], ['Jing', '静'], ['Lei', '磊'], ['Qiang', '强'],
  ['Yang', '洋'], ['Yan', '艳'], ['Jie', '杰'], ['Tao', '涛'], ['Ming', '明'], ['Chao', '超'], ['Xiuying', '秀英'],
  ['Hui', '慧'], ['Jun', '军'], ['Ping', '平'], ['Gang', '刚'], ['Hua', '华'], ['Ying', '英'], ['Dan', '丹'],
  ['Bo', '波'], ['Hong', '红'], ['Xin', '欣'], ['Yuhan', '雨涵'], ['Zihan', '子涵'], ['Haoran', '浩然'],
  ['Yifan', '一帆'], ['Xiaoling', '晓玲'], ['Jianguo', '建国'], ['Shu', '淑'], ['Kai', '凯'], ['Lan', '兰'],
];

export const WESTERN_NAMES: string[] = [
  'Anna Schmidt', 'David Miller', 'Sophie Martin', 'James Walker', 'Maria Rossi', 'Lucas Bernard',
  'Emma Novak', 'Oliver Hughes', 'Sara Lindqvist', 'Tom Becker',
];

export interface AreaInfo extends Named {
  code: string;
  /** Things the area's procedures deal with: "a complaint", "an installation booking". */
  subjects: Named[];
  touchpoint: 'phone' | 'counter' | 'online' | 'on-site' | 'delivery' | 'all';
}

const s = (en: string, zh: string): Named => ({ slug: en.toLowerCase().replace(/[^a-z0-9]+/g, '-'), en, zh });

export const AREAS: AreaInfo[] = [
  { slug: 'customer-service', code: 'CS', en: 'Customer service', zh: '客户服务', touchpoint: 'all', subjects: [s('service request', '服务请求'), s('general enquiry', '一般咨询'), s('account change', '账户变更'), s('callback request', '回电请求')] },
  { slug: 'complaint-handling', code: 'CH', en: 'Complaint handling', zh: '投诉处理', touchpoint: 'all', subjects: [s('complaint', '投诉'), s('major complaint', '重大投诉'), s('repeat complaint', '重复投诉'), s('regulator referral', '监管转办投诉')] },
  { slug: 'after-sales', code: 'AS', en: 'After-sales service', zh: '售后服务', touchpoint: 'on-site', subjects: [s('repair request', '维修申请'), s('warranty claim', '保修索赔'), s('spare part order', '备件订购'), s('product fault report', '产品故障报修')] },
  { slug: 'delivery', code: 'DL', en: 'Delivery', zh: '配送与交付', touchpoint: 'delivery', subjects: [s('delivery order', '配送订单'), s('delivery exception', '配送异常'), s('night delivery', '夜间配送'), s('missed delivery', '未妥投包裹')] },
  { slug: 'counter-service', code: 'CTR', en: 'Counter service', zh: '柜台服务', touchpoint: 'counter', subjects: [s('walk-in enquiry', '到店咨询'), s('queue', '排队'), s('document submission', '资料递交'), s('cash payment', '现金缴费')] },
  { slug: 'online-service', code: 'ONL', en: 'Online service', zh: '线上服务', touchpoint: 'online', subjects: [s('chat conversation', '在线会话'), s('app review', '应用评价'), s('online order', '线上订单'), s('social media post', '社交媒体留言')] },
  { slug: 'phone-service', code: 'TEL', en: 'Phone service', zh: '电话服务', touchpoint: 'phone', subjects: [s('inbound call', '来电'), s('outbound call', '外呼'), s('missed call', '未接来电'), s('voicemail', '语音留言')] },
  { slug: 'on-site-service', code: 'OSS', en: 'On-site service', zh: '上门服务', touchpoint: 'on-site', subjects: [s('home visit', '上门服务'), s('site inspection', '现场勘查'), s('appointment change', '预约变更')] },
  { slug: 'quality-assurance', code: 'QA', en: 'Quality assurance', zh: '质量保证', touchpoint: 'all', subjects: [s('quality inspection', '质量检查'), s('call sampling', '录音抽检'), s('nonconformity', '不合格项'), s('mystery shopper visit', '神秘顾客暗访')] },
  { slug: 'training', code: 'TRN', en: 'Training and certification', zh: '培训与认证', touchpoint: 'all', subjects: [s('new staff induction', '新员工入职培训'), s('certification assessment', '上岗认证考核'), s('refresher training', '复训'), s('mentoring plan', '带教计划')] },
  { slug: 'document-control', code: 'DOC', en: 'Document control', zh: '文件控制', touchpoint: 'all', subjects: [s('document change', '文件变更'), s('document review', '文件评审'), s('record retention', '记录保存'), s('obsolete document', '作废文件')] },
  { slug: 'internal-audit', code: 'AUD', en: 'Internal audit', zh: '内部审计', touchpoint: 'all', subjects: [s('audit programme', '审核方案'), s('audit finding', '审核发现'), s('follow-up audit', '跟踪审核')] },
  { slug: 'risk-management', code: 'RISK', en: 'Risk management', zh: '风险管理', touchpoint: 'all', subjects: [s('risk assessment', '风险评估'), s('contingency plan', '应急预案'), s('early warning', '预警')] },
  { slug: 'feedback-loop', code: 'FB', en: 'Customer feedback', zh: '客户反馈闭环', touchpoint: 'all', subjects: [s('suggestion', '建议'), s('survey response', '调查回复'), s('compliment', '表扬'), s('detractor follow-up', '贬损者回访')] },
  { slug: 'returns-refunds', code: 'RR', en: 'Returns and refunds', zh: '退换货与退款', touchpoint: 'all', subjects: [s('return request', '退货申请'), s('refund', '退款'), s('exchange', '换货')] },
  { slug: 'billing', code: 'BIL', en: 'Billing', zh: '账单与收费', touchpoint: 'all', subjects: [s('billing dispute', '账单争议'), s('invoice request', '发票申请'), s('overcharge', '多收费')] },
  { slug: 'facilities', code: 'FAC', en: 'Service environment', zh: '营业环境与设施', touchpoint: 'counter', subjects: [s('branch opening check', '网点开门检查'), s('facility fault', '设施故障'), s('appearance check', '仪容仪表检查')] },
  { slug: 'membership', code: 'MEM', en: 'Membership', zh: '会员服务', touchpoint: 'all', subjects: [s('membership application', '会员申请'), s('points dispute', '积分争议'), s('membership cancellation', '会员注销')] },
  { slug: 'vip-service', code: 'VIP', en: 'VIP service', zh: '贵宾服务', touchpoint: 'all', subjects: [s('VIP request', '贵宾请求'), s('VIP complaint', '贵宾投诉'), s('VIP visit', '贵宾来访')] },
  { slug: 'incident-management', code: 'INC', en: 'Incident management', zh: '突发事件处理', touchpoint: 'all', subjects: [s('service outage', '服务中断'), s('safety incident', '安全事件'), s('media enquiry', '媒体问询')] },
  { slug: 'supplier-quality', code: 'SUP', en: 'Supplier quality', zh: '供应商质量', touchpoint: 'all', subjects: [s('supplier defect', '供应商缺陷'), s('incoming inspection', '来料检验'), s('supplier audit', '供应商审核')] },
  { slug: 'data-management', code: 'DATA', en: 'Data management', zh: '数据管理', touchpoint: 'all', subjects: [s('KPI data submission', 'KPI数据报送'), s('data correction', '数据更正'), s('privacy request', '隐私请求')] },
  { slug: 'accessibility', code: 'ACC', en: 'Accessible service', zh: '无障碍服务', touchpoint: 'all', subjects: [s('assistance request', '协助请求'), s('sign-language appointment', '手语预约')] },
  { slug: 'installation', code: 'INST', en: 'Installation', zh: '安装服务', touchpoint: 'on-site', subjects: [s('installation booking', '安装预约'), s('installation acceptance', '安装验收'), s('reinstallation', '二次安装')] },
];

export const CHANNELS: Named[] = [
  { slug: 'phone', en: 'phone', zh: '电话' },
  { slug: 'online', en: 'online chat', zh: '在线客服' },
  { slug: 'counter', en: 'counter', zh: '柜台' },
  { slug: 'app', en: 'mobile app', zh: '手机应用' },
  { slug: 'on-site', en: 'on-site visit', zh: '上门' },
];

export const RECORDS: Named[] = [
  s('Case ticket in CRM', 'CRM工单'),
  s('Call recording', '通话录音'),
  s('Customer confirmation message', '客户确认短信'),
  s('Inspection checklist', '检查清单'),
  s('Service report signed by the customer', '客户签字的服务报告'),
  s('Escalation form', '升级单'),
  s('Refund approval record', '退款审批记录'),
  s('Delivery exception log', '配送异常登记表'),
  s('Training attendance sheet', '培训签到表'),
  s('Corrective action record', '纠正措施记录'),
  s('Survey export', '调查数据导出'),
  s('Audit working paper', '审核工作底稿'),
];

export const DATA_SOURCES = [
  'CRM ticket export',
  'Post-contact SMS survey',
  'Telephony platform report',
  'Order management system',
  'Quarterly mystery shopper programme',
  'Internal audit register',
  'Delivery tracking system',
  'Third-party satisfaction survey',
];

export const DECISIONS: [string, string][] = [
  ['Is it a major case?', '是否为重大事项？'],
  ['Can it be resolved at the first contact?', '能否在首次接触时解决？'],
  ['Is the customer satisfied with the proposal?', '客户是否接受方案？'],
  ['Is an on-site visit needed?', '是否需要上门？'],
  ['Is the time limit at risk?', '时限是否可能超期？'],
  ['Is it a repeat contact within 7 days?', '是否为7天内重复来电？'],
];
