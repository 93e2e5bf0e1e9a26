import type { TBulletinContent } from '@zhucun/core';

/**
 * The first draft of a county without bulletins: the wording of the bulletin Zhucun was built from
 * (山西省乡村振兴简报第 22 期), with each of its figures a placeholder counted from the records.
 * Later drafts copy the county's latest issue instead.
 */
export function bulletinTemplate(countyName: string, date: string): TBulletinContent {
  const party = `中共${countyName}县委组织部`;
  return {
    issueNo: 1,
    runningNo: 1,
    masthead: '驻村帮扶工作简报',
    issuingOffice: party,
    issuedOn: date,
    asOf: date,
    headline: `${countyName}建立“四化”机制做实驻村帮扶工作`,
    sections: {
      opening:
        `${countyName}共选派机关事业单位干部到村任党支部书记{{partySecretaries}}人，到村任职大学生{{graduateOfficials}}人，` +
        '选调生到村任大学生村官{{selectedGraduates}}人，驻村工作队{{teams}}支{{teamPeople}}人。' +
        '按照驻村帮扶“六化十到位”工作要求，建立完善并大力推行标准化家园、专职化履职、项目化帮扶、星级化管理“四化”机制，' +
        '统筹加强机关事业单位干部到村任党组织书记、到村任职大学生、选调生大学生村官、驻村工作队管理，做实做好驻村帮扶工作。',
      standard_home:
        '一、“标准化”家园破解驻村干部“走读式”的问题\n' +
        '着眼解决驻村干部在村工作期间的食宿问题，“四个统一”建设驻村干部家园：统一建设类型、统一建设标识、统一建设标准、统一建设资金。' +
        '全县依托村党群服务中心建设标准化公寓{{apartments}}个，租赁民居建设标准化农家小院{{farmhouses}}个，' +
        '“标准化”家园的建设，让驻村干部“住下来”，有效解决“走读”问题。',
      full_time:
        '二、“专职化”履职破解驻村干部“不会干”的问题\n' +
        '着眼解决驻村工作流于形式、扎不下根的问题，实行“四个坚持”：坚持“驻村办公”，全部“五天四夜”驻村办公；' +
        '坚持“清单管理”，编制岗位职责清单、任务清单、履职行为负面清单；坚持“工作日志”，一人一册、一日一记；' +
        '坚持“夜访制度”，推行“白天办事、晚上听事”，力所能及帮扶解决群众诉求。',
      project:
        '三、“项目化”帮扶破解驻村干部“干不好”的问题\n' +
        '实施项目管理推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作：书记领办推动“项目立项”，结对帮带打造“项目团队”，' +
        '挂图作战优化“项目计划”，考核评估检验“项目成效”。',
      star_rating:
        '四、“星级化”管理破解驻村干部“缺动力”的问题\n' +
        '着眼解决扑不下身子、工作缺乏动力的问题，加强驻村干部星级化管理：星级评定、星级考核、结果运用。' +
        '对业绩突出、星级较高的驻村干部，优先职务选任、优先晋升职级；任期内星级较低的，由县委组织部进行诫勉、责令限期整改提升。',
      outcomes:
        '“四化”机制有效激发了驻村干部积极性，当好政策宣传员、发展指导员、矛盾调解员、致富帮扶员。' +
        '今年聚焦促进脱贫群众增收，巩固脱贫攻坚成果，建设{{industryProjects}}个产业帮扶项目，' +
        '组织{{labourers}}名脱贫劳动力外出务工，打造{{ruralTourismVillages}}个乡村旅游示范村、{{greatWallVillages}}个“长城人家”。',
    },
    distributionTo: '各乡镇党委，县直有关单位。',
    distributionCc: '县委、县政府主要领导、分管领导；市委组织部。',
    printedBy: `${party}办公室`,
  };
}
