/**
 * The Kazakh texts of issueTemplates.ts, one per code, reading the params its templates declare.
 * A chunk of their own, fetched when the pane speaks Kazakh.
 */
import type { Texts } from "../domain/catalogue";
import type { ISSUE_TEMPLATES } from "./issueTemplates";
import { kazakhNames } from "../domain/territories";
import { measureName, oneLine, orgTypeName, periodName } from "../domain/lang";
import { territoryIssueText } from "../domain/nameMessages";

const measureKk = (id: string) => measureName(id, "kk");
const typeKk = (id: string) => orgTypeName(id, "kk");
const periodKk = (period: string) => periodName(period, "kk");

/** A version of the report by its language: "қазақша мәтінде". */
const VERSION_KK: Record<string, string> = { ru: "орысша", kk: "қазақша" };

/** "«Дабыл түймесі», мектептер": one list of the report. */
function sectionKk(measure: string, orgType: string): string {
  return `«${measureKk(measure)}», ${typeKk(orgType)}`;
}

export const ISSUE_KK: Texts<typeof ISSUE_TEMPLATES> = {
  "empty-report": () => "Есеп бос: онда мәтін жоқ.",
  "no-figures": () =>
    "Аумақтар бойынша бірде-бір көрсеткіш табылмады: мәтін министрліктің қамту туралы есебіне ұқсамайды.",
  "parser-failure": (p) => `Есепті талдау кезінде ақау болды: ${p.error}`,
  "malformed-item": (p) =>
    `Тармақты «Аумақ (қамтылғаны из барлығы) – N%» түрінде оқу мүмкін болмады: «${p.item}».`,
  "loose-item": (p) =>
    `«${p.item}» «Аумақ (қамтылғаны из барлығы) – N%» түрінде жазылмаған; ${p.total} ішінен ${p.covered}, ${p.pct}% деп оқылды.`,
  "second-period": (p) =>
    `Есепте екінші кезең көрсетілген — ${periodKk(p.period)}; ${periodKk(p.used)} қолданылады (${p.line}-жол).`,
  "section-without-measure": () => "Аумақтар тізімі ешбір шара аталмай тұрып берілген.",
  "repeated-section": (p) =>
    `${sectionKk(p.measure, p.orgType)} үшін екінші тізім (біріншісі — ${p.line}-жолда); оның тармақтары сол бөлімнің бөлігі ретінде оқылды.`,
  "unreadable-number": (p) =>
    `«${p.text}» сан ретінде оқылмайды (сандар 4 123 немесе 4123 түрінде жазылады); ${p.scope === "item" ? "бұл тармақ пайдаланылмады" : "бұл сан пайдаланылмады, қалғандары пайдаланылды"}.`,
  "thousands-separator": (p) =>
    `«${p.text}» ішінде мыңдықтар «${p.separator}» белгісімен бөлінген; ${p.value} деп оқылды.`,
  "thousands-spacing": (p) =>
    `«${p.text}» ішінде мыңдықтар арасында бірден артық бос орын (немесе табуляция) бар; ${p.value} деп оқылды.`,
  "item-without-measure": (p) => `Тармақ ешбір шара аталмай тұрып берілген: «${p.item}».`,
  "item-without-heading": (p) =>
    p.unit !== undefined
      ? `Бұл тармақтың алдында бөлім тақырыбы жоқ; «${p.unit}» бірлігі бойынша бұл — ${typeKk(p.orgType ?? "")}.`
      : "Бұл тармақтың алдында бөлім тақырыбы (балабақшалар, мектептер, колледждер) жоқ.",
  "unit-mismatch": (p) =>
    `«${p.unit}» бірлігі «${typeKk(p.unitType)}» түріне жатады, ал бөлім — «${typeKk(p.orgType)}».`,
  "unknown-territory": (p) => territoryIssueText(p, "kk"),
  "zero-total": (p) => `${p.name}: жалпы саны 0, сондықтан қамтуды есептеу мүмкін емес.`,
  "covered-exceeds-total": (p) =>
    `${p.name}: ${p.total} ішінен ${p.covered} қамтылған — бұл ұйымдардың жалпы санынан көп.`,
  "duplicate-territory": (p) =>
    `«${p.name}» аумағы ${sectionKk(p.measure, p.orgType)} тізімінде екі рет көрсетілген (алғаш рет — ${p.line}-жол, ${p.column}-орын); қайталануы пайдаланылмады.`,
  "change-without-sign": (p) =>
    `«(${p.note})»: сөзі де, белгісі де жоқ өзгеріс +${p.amount} деп оқылды.`,
  "unreadable-change-note": (p) =>
    `Пайыздан кейінгі «(${p.note})» өзгеріс ретінде оқылмайды; тармақтың сандары ескерілді, өзгеріс ескерілмеді.`,
  "unknown-change-word": (p) =>
    `«${p.word}» — өзгерісті білдіретін таныс сөз емес («рост» немесе «снижение» күтіледі); ${p.signed === "yes" ? "жазылған белгі ескерілді" : "белгі жоқ, сондықтан өзгеріс ескерілмеді (сандар ескерілді)"}.`,
  "change-note-extra": (p) =>
    `«(${p.note})»: ${p.change} өзгерісі оқылды; ескертпенің қалған бөлігі («${p.rest}») оқылмады.`,
  "change-sign-conflict": (p) => `«(${p.note})»: сөз бен белгі бір-біріне қайшы; белгі ескерілді.`,
  "repeated-headline": (p) =>
    `Есеп бұл санды қайта көрсетеді — ${p.value}; ${p.line}-жолда ${p.first} көрсетілген, сол ескерілді.`,
  "stray-breakdown": () => "Ұйым түрлері бойынша бөлініс ешбір жиынтық көрсеткішке жатпайды.",
  "breakdown-part-unread": (p) =>
    `Түрлер бойынша бөліністегі «${p.part}» бір ұйым түрін атамайды (немесе оны қайта атайды); бұл бөлік пайдаланылмады, қалғандары пайдаланылды.`,
  "unknown-unit": (p) => `«${p.unit}» — ұйым түрі емес.`,
  "stray-percent": () =>
    "«от общего количества» (жалпы санның) үлесі ешбір жиынтық көрсеткішке жатпайды.",
  "stray-change": () =>
    "Жақшадағы өзгеріс қамту туралы ешбір жиынтық көрсеткішке жатпайды; ол пайдаланылмады.",
  "headline-without-measure": () =>
    "Жиынтық көрсеткіш ешбір шара аталмай тұрып берілген; ол пайдаланылмады.",
  "unknown-measure": (p) =>
    `Қондырма білмейтін шара туралы бөлім («${p.section}»): оның жиынтық көрсеткіштері мен ${p.items} тармағы оқылмады және ешбір басқа шараға жатқызылмады.`,
  "footnote-without-text": (p) =>
    `«${p.mark}» сілтеме белгісі мәтінде бар (${oneLine(p.lines) ? `${p.lines}-жол` : `жолдар: ${p.lines}`}), бірақ есепте бұл сілтеменің мәтіні жоқ; белгі қойылған сандар белгі жоқ сияқты оқылды.`,
  "aside-not-read": (p) =>
    `Тізімдегі «${p.text}» аумақ бойынша тармақ емес: ондағы сандар оқылмады (айналасындағы тармақтар оқылды).`,
  "part-not-read": (p) =>
    `«${p.part}» тармақ көрсеткішінің бір бөлігін бөліп көрсетеді, бірақ оның сандарын ажырату мүмкін болмады; бұл бөлік оқылмады (тармақтың өз сандары оқылды).`,
  "versions-disagree": (p) =>
    `«${p.name}», ${sectionKk(p.measure, p.orgType)}: ${VERSION_KK[p.kept] ?? p.kept} мәтінде (${p.keptLine}-жол) — ${p.keptFigure}, ${VERSION_KK[p.other] ?? p.other} мәтінде — ${p.otherFigure}; біріншісі алынды, екіншісі алынбады.`,
  "no-period": () => "Есепте кезең көрсетілмеген (мысалы, «По состоянию на 1 квартал 2023 года»).",
  "missing-measure": (p) => `«${measureKk(p.measure)}» шарасы бойынша сандар жоқ.`,
  "missing-section": (p) => `${sectionKk(p.measure, p.orgType)} тізімі жоқ.`,
  "missing-territory": (p) =>
    `${sectionKk(p.measure, p.orgType)}: мына аумақтар бойынша сандар жоқ: ${kazakhNames(p.territories)}.`,
  "damaged-text": (p) =>
    `Файлдағы ${p.count} байт UTF-8 үшін жарамсыз (жолдар: ${p.lines}); олар � түрінде көрсетілді, қалғаны оқылды.`,
  "pdf-textless-pages": (p) =>
    `PDF-тің ${p.pages}-${Number(p.count) === 1 ? "бетінде" : "беттерінде"} мәтін жоқ (сканерленген көшірме немесе тек суреттер): ондағы сандар оқылмады, қалған беттер оқылды.`,
  "pdf-unreadable-pages": (p) =>
    `PDF-тің ${p.pages}-${Number(p.count) === 1 ? "беті оқылмайды" : "беттері оқылмайды"} (зақымдалған): ондағы сандар оқылмады, қалған беттер оқылды.`,
  "table-without-context": (p) =>
    `${p.table}-кесте: кестенің өзі де, оның алдындағы мәтін де оның сандары ${p.missing === "measure" ? "қай шараға" : "ұйымдардың қай түріне"} қатысты екенін айтпайды (мұны кестенің атауы, бағанның тақырыбы немесе кестенің үстіндегі тақырып көрсетер еді); оның ${p.rows} жолы пайдаланылмады.`,
  "unmapped-table": (p) =>
    `${p.table}-кестеде сандар бар, бірақ оның бағандары (${p.columns}) «аумақ | қамтылғаны | барлығы | %» ретінде оқылмайды: оның ${p.rows} жолы пайдаланылмады.`,
  "table-column-not-read": (p) =>
    `${p.table}-кесте: «${p.column}» бағаны — ұйымдар санының емес, пайыздық тармақтардың (п.т.) өзгерісі; ол оқылмады (қондырма өзгерістерді кезеңдердің сандары бойынша өзі есептейді).`,
  "table-total-row": (p) =>
    `${p.table}-кесте, ${p.rows}-${p.rows.includes(",") ? "жолдар" : "жол"}: аумақ емес, аумақтар бойынша жиынтық; пайдаланылмады (Тексеру аумақтарды өзі қосады).`,
};
