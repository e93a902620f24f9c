/**
 * What the Excel side (src/excel) and the preview tell the pane, in English, Russian and Kazakh: the
 * one catalogue for load warnings, the pivot's and the =COVERAGE name's outcomes, and the errors the
 * add-in raises itself. The Excel side returns a code and params (a {@link HostNotice}); the pane
 * renders it in its current language, so a language switch re-renders it too.
 */
import {
  type Params,
  type ParamsOf,
  renderTemplate,
  SaidError,
  type Template,
  template,
} from "../domain/catalogue";
import type { Lang } from "../domain/lang";

/** The writes that take turns (writeLock.ts), as each language names them. */
const WRITE_EN: Readonly<Record<string, string>> = {
  load: "The load",
  import: "Saving the import",
  targets: "Applying the targets",
  pivot: "Building the pivot",
  name: "Defining =COVERAGE",
};
const WRITE_RU: Readonly<Record<string, string>> = {
  load: "Загрузка",
  import: "Сохранение импорта",
  targets: "Применение целей",
  pivot: "Построение сводной таблицы",
  name: "Определение =COVERAGE",
};
const WRITE_KK: Readonly<Record<string, string>> = {
  load: "Жүктеу",
  import: "Импортты сақтау",
  targets: "Мақсаттарды қолдану",
  pivot: "Жиынтық кестені құру",
  name: "=COVERAGE атауын анықтау",
};

/**
 * A write's name inside a sentence: only its first letter lowered ("The load" → "the load"), so that
 * "=COVERAGE" stays as it is typed; a kind no table knows, as given.
 */
function writeName(names: Readonly<Record<string, string>>, kind: string): string {
  const name = names[kind];
  return name === undefined ? kind : name.charAt(0).toLowerCase() + name.slice(1);
}

export const HOST_TEMPLATES = {
  "slicers-need-1.10": template({
    needs: ["sheet"],
    en: (p) =>
      `Slicers were not added: this Excel lacks ExcelApi 1.10. Filter the data table with its header buttons, or add slicers on the ${p.sheet} sheet with Insert › Slicer.`,
    ru: (p) =>
      `Срезы не добавлены: в этой версии Excel нет ExcelApi 1.10. Фильтруйте таблицу данных кнопками в её заголовке или добавьте срезы на лист ${p.sheet}: Вставка › Срез.`,
    kk: (p) =>
      `Кесінділер қосылмады: Excel-дің бұл нұсқасында ExcelApi 1.10 жоқ. Деректер кестесін тақырыбындағы түймелермен сүзіңіз немесе ${p.sheet} парағына кесінділерді Кірістіру › Кесінді арқылы қосыңыз.`,
  }),
  "slicers-failed": template({
    needs: ["sheet", "reason"],
    en: (p) =>
      `The data is loaded, but the slicers could not be added on the ${p.sheet} sheet (${p.reason}). Filter the data table with its header buttons, or add slicers with Insert › Slicer.`,
    ru: (p) =>
      `Данные загружены, но срезы на лист ${p.sheet} добавить не удалось (${p.reason}). Фильтруйте таблицу данных кнопками в её заголовке или добавьте срезы: Вставка › Срез.`,
    kk: (p) =>
      `Деректер жүктелді, бірақ ${p.sheet} парағына кесінділер қосылмады (${p.reason}). Деректер кестесін тақырыбындағы түймелермен сүзіңіз немесе кесінділерді Кірістіру › Кесінді арқылы қосыңыз.`,
  }),
  "slicer-selection-cleared": template({
    needs: ["table"],
    en: (p) =>
      `The slicers' selection on the table ${p.table} was cleared to write the new figures: every row shows again. Choose in the slicers again if you need to.`,
    ru: (p) =>
      `Выбор в срезах таблицы ${p.table} сброшен, чтобы записать новые данные: снова видны все строки. При необходимости выберите в срезах заново.`,
    kk: (p) =>
      `Жаңа деректерді жазу үшін ${p.table} кестесінің кесінділеріндегі таңдау тазартылды: барлық жолдар қайта көрінеді. Қажет болса, кесінділерден қайта таңдаңыз.`,
  }),
  "table-filters-cleared": template({
    needs: ["table"],
    en: (p) =>
      `The filters on the table ${p.table} were cleared to write the new figures: every row shows again. Filter it again with its header buttons if you need to.`,
    ru: (p) =>
      `Фильтры таблицы ${p.table} сброшены, чтобы записать новые данные: снова видны все строки. При необходимости отфильтруйте её заново кнопками в заголовке.`,
    kk: (p) =>
      `Жаңа деректерді жазу үшін ${p.table} кестесінің сүзгілері тазартылды: барлық жолдар қайта көрінеді. Қажет болса, оны тақырыбындағы түймелермен қайта сүзіңіз.`,
  }),
  "dropdowns-need-1.8": template({
    needs: ["sheet"],
    en: (p) =>
      `The ${p.sheet} sheet has no dropdowns: this Excel lacks ExcelApi 1.8. Type the measure, type and period into its yellow cells as its lists write them.`,
    ru: (p) =>
      `На листе ${p.sheet} нет раскрывающихся списков: в этой версии Excel нет ExcelApi 1.8. Введите меру, тип и период в жёлтые ячейки так, как они записаны в его списках.`,
    kk: (p) =>
      `${p.sheet} парағында ашылмалы тізімдер жоқ: Excel-дің бұл нұсқасында ExcelApi 1.8 жоқ. Шараны, түрді және кезеңді сары ұяшықтарға парақтағы тізімдерде жазылғандай енгізіңіз.`,
  }),
  "headers-renamed": template({
    needs: ["table"],
    en: (p) =>
      `The table ${p.table} was made in another language: its headers were renamed, and Excel renames the columns in formulas that refer to them. A PivotTable on it may lose the renamed fields at its next refresh: add them again.`,
    ru: (p) =>
      `Таблица ${p.table} была создана на другом языке: её заголовки переименованы, и Excel переименовал столбцы в формулах, которые на них ссылаются. Сводная таблица на её основе может потерять переименованные поля при следующем обновлении: добавьте их снова.`,
    kk: (p) =>
      `${p.table} кестесі басқа тілде жасалған: оның тақырыптары қайта аталды, ал Excel оларға сілтейтін формулалардағы бағандарды қайта атады. Осы кестеге негізделген жиынтық кесте келесі жаңарту кезінде қайта аталған өрістерді жоғалтуы мүмкін: оларды қайта қосыңыз.`,
  }),
  "columns-added": template({
    needs: ["table", "columns"],
    en: (p) =>
      `The table ${p.table} gained the column ${p.columns}, which this version of the add-in writes; your formulas and pivots on the table keep working.`,
    ru: (p) =>
      `В таблицу ${p.table} добавлен столбец ${p.columns}, который записывает эта версия надстройки; ваши формулы и сводные таблицы на её основе продолжают работать.`,
    kk: (p) =>
      `${p.table} кестесіне қондырманың осы нұсқасы жазатын ${p.columns} бағаны қосылды; кестеге негізделген формулалар мен жиынтық кестелеріңіз бұрынғыдай жұмыс істейді.`,
  }),
  "table-rebuilt": template({
    needs: ["table"],
    en: (p) =>
      `The table ${p.table} had another layout and was rebuilt; formulas that referred to it now refer to its old cells.`,
    ru: (p) =>
      `У таблицы ${p.table} была другая структура, и она построена заново; формулы, ссылавшиеся на неё, теперь ссылаются на её прежние ячейки.`,
    kk: (p) =>
      `${p.table} кестесінің құрылымы басқа болды, сондықтан ол қайта құрылды; оған сілтеген формулалар енді оның бұрынғы ұяшықтарына сілтейді.`,
  }),
  "charts-need-1.7": template({
    needs: ["sheet"],
    en: (p) =>
      `Charts were not drawn: this Excel lacks ExcelApi 1.7. Their data is on the ${p.sheet} sheet.`,
    ru: (p) =>
      `Диаграммы не построены: в этой версии Excel нет ExcelApi 1.7. Их данные — на листе ${p.sheet}.`,
    kk: (p) =>
      `Диаграммалар салынбады: Excel-дің бұл нұсқасында ExcelApi 1.7 жоқ. Олардың деректері ${p.sheet} парағында.`,
  }),
  "pivot-needs-1.8": template({
    needs: [],
    en: () =>
      "PivotTables need ExcelApi 1.8 (Excel 2019 or Microsoft 365). Use Insert › PivotTable on the data table instead.",
    ru: () =>
      "Для сводных таблиц нужен ExcelApi 1.8 (Excel 2019 или Microsoft 365). Вставьте сводную таблицу вручную: Вставка › Сводная таблица на таблице данных.",
    kk: () =>
      "Жиынтық кестелер үшін ExcelApi 1.8 (Excel 2019 немесе Microsoft 365) қажет. Жиынтық кестені қолмен қойыңыз: деректер кестесінде Кірістіру › Жиынтық кесте.",
  }),
  "pivot-sheet-taken": template({
    needs: ["sheet"],
    en: (p) =>
      `A sheet named '${p.sheet}' already exists and was not made by this add-in: rename it, then build the pivot again.`,
    ru: (p) =>
      `Лист «${p.sheet}» уже есть в книге и создан не надстройкой: переименуйте его и постройте сводную таблицу снова.`,
    kk: (p) =>
      `«${p.sheet}» парағы жұмыс кітабында бұрыннан бар және оны қондырма жасамаған: оның атын өзгертіп, жиынтық кестені қайта құрыңыз.`,
  }),
  "names-need-1.7": template({
    needs: [],
    en: () =>
      "This Excel cannot define names from an add-in (ExcelApi 1.7 is missing); use =EDU.COVERAGE(…) instead.",
    ru: () =>
      "Эта версия Excel не позволяет надстройке определять имена (нет ExcelApi 1.7); используйте =EDU.COVERAGE(…).",
    kk: () =>
      "Excel-дің бұл нұсқасы қондырмаға атаулар анықтауға мүмкіндік бермейді (ExcelApi 1.7 жоқ); =EDU.COVERAGE(…) пайдаланыңыз.",
  }),
  "lambda-needs-load": template({
    needs: [],
    en: () => "load the data into the workbook first; then =COVERAGE(…) can be defined and tested.",
    ru: () =>
      "сначала загрузите данные в книгу; затем =COVERAGE(…) можно будет определить и проверить.",
    kk: () =>
      "алдымен деректерді жұмыс кітабына жүктеңіз; содан кейін =COVERAGE(…) анықтап, тексеруге болады.",
  }),
  "lambda-busy": template({
    needs: [],
    en: () => "=COVERAGE(…) is defined, but Excel had not computed it yet; try it in a cell.",
    ru: () => "=COVERAGE(…) определена, но Excel ещё не вычислил её; попробуйте её в ячейке.",
    kk: () =>
      "=COVERAGE(…) анықталды, бірақ Excel оны әлі есептеген жоқ; оны ұяшықта қолданып көріңіз.",
  }),
  "lambda-unsupported": template({
    /** value: what the test cell gave. */
    needs: ["value"],
    en: (p) =>
      `this Excel does not evaluate LAMBDA names (a test cell gave ${p.value}); the name was removed. Use =EDU.COVERAGE(…) instead.`,
    ru: (p) =>
      `эта версия Excel не вычисляет имена с LAMBDA (проверочная ячейка дала ${p.value}); имя удалено. Используйте =EDU.COVERAGE(…).`,
    kk: (p) =>
      `Excel-дің бұл нұсқасы LAMBDA бар атауларды есептемейді (тексеру ұяшығы ${p.value} берді); атау жойылды. =EDU.COVERAGE(…) пайдаланыңыз.`,
  }),
  "lambda-failed": template({
    /** detail: what Excel said, as it said it. */
    needs: ["detail"],
    en: (p) => `the name could not be defined (${p.detail}); use =EDU.COVERAGE(…) instead.`,
    ru: (p) => `имя не удалось определить (${p.detail}); используйте =EDU.COVERAGE(…).`,
    kk: (p) => `атауды анықтау мүмкін болмады (${p.detail}); =EDU.COVERAGE(…) пайдаланыңыз.`,
  }),
  "not-in-excel": template({
    needs: [],
    en: () => "Not in Excel.",
    ru: () => "Надстройка открыта не в Excel.",
    kk: () => "Қондырма Excel-де ашылмаған.",
  }),
  "write-needs-excel": template({
    needs: [],
    en: () => "Open the add-in in Excel to write into a workbook; here you can download it.",
    ru: () =>
      "Чтобы записать данные в книгу, откройте надстройку в Excel; здесь книгу можно скачать.",
    kk: () =>
      "Деректерді жұмыс кітабына жазу үшін қондырманы Excel-де ашыңыз; мұнда жұмыс кітабын жүктеп алуға болады.",
  }),
  "preview-not-kept": template({
    /** detail: what the browser said, as it said it. */
    needs: ["period", "detail"],
    en: (p) =>
      `${p.period} is added to this page, but this browser does not let the page keep it (${p.detail}): it is gone when the page is closed.`,
    ru: (p) =>
      `Период ${p.period} добавлен на эту страницу, но браузер не позволяет странице его сохранить (${p.detail}): после закрытия страницы его не будет.`,
    kk: (p) =>
      `${p.period} кезеңі осы бетке қосылды, бірақ браузер бетке оны сақтауға рұқсат бермейді (${p.detail}): бет жабылғанда ол жойылады.`,
  }),
  "restore-failed": template({
    needs: ["detail"],
    en: (p) => `The reports stored in this workbook could not be restored: ${p.detail}`,
    ru: (p) => `Не удалось восстановить отчёты, сохранённые в этой книге: ${p.detail}`,
    kk: (p) =>
      `Осы жұмыс кітабында сақталған есептерді қалпына келтіру мүмкін болмады: ${p.detail}`,
  }),
  "write-busy": template({
    /** running, asked: "load", "import", "targets", "pivot" or "name" (writeLock.ts). */
    needs: ["running", "asked"],
    en: (p) =>
      `${WRITE_EN[p.asked] ?? p.asked} was not started: ${writeName(WRITE_EN, p.running)} is still writing to this workbook. Nothing was changed; try again when it has finished.`,
    ru: (p) =>
      `${WRITE_RU[p.asked] ?? p.asked} не начато: ${writeName(WRITE_RU, p.running)} ещё записывает данные в эту книгу. Ничего не изменено; повторите, когда оно закончится.`,
    kk: (p) =>
      `${WRITE_KK[p.asked] ?? p.asked} басталмады: осы жұмыс кітабына әлі жазып жатыр («${writeName(WRITE_KK, p.running)}»). Ештеңе өзгертілмеді; жазу аяқталғанда қайталаңыз.`,
  }),
  "write-busy-elsewhere": template({
    /** running, asked: write kinds (writeLock.ts); since: "hh:mm", when the other window started. */
    needs: ["running", "asked", "since"],
    en: (p) =>
      `${WRITE_EN[p.asked] ?? p.asked} was not started: another window of this workbook has been writing to it since ${p.since} (${writeName(WRITE_EN, p.running)}). Nothing was changed; try again when it has finished.`,
    ru: (p) =>
      `${WRITE_RU[p.asked] ?? p.asked} не начато: другое окно этой книги записывает в неё данные с ${p.since} (${writeName(WRITE_RU, p.running)}). Ничего не изменено; повторите, когда оно закончится.`,
    kk: (p) =>
      `${WRITE_KK[p.asked] ?? p.asked} басталмады: осы жұмыс кітабының басқа терезесі оған ${p.since} уақытынан бері жазып жатыр («${writeName(WRITE_KK, p.running)}»). Ештеңе өзгертілмеді; жазу аяқталғанда қайталаңыз.`,
  }),
  "imports-too-large": template({
    /** periods: how many the import would store; mb: their size; limit: Office's, in MB. */
    needs: ["periods", "mb", "limit"],
    en: (p) =>
      `This import was not saved: with it the workbook would keep ${p.periods} imported reports, ${p.mb} MB, and Office keeps at most ${p.limit} MB of an add-in's settings in a workbook. Nothing was lost: the reports already stored stay. Keep older quarters in another workbook.`,
    ru: (p) =>
      `Импорт не сохранён: с ним в книге хранилось бы ${p.periods} импортированных отчётов, ${p.mb} МБ, а Office хранит в книге не более ${p.limit} МБ параметров надстройки. Ничего не потеряно: уже сохранённые отчёты остались. Храните старые кварталы в другой книге.`,
    kk: (p) =>
      `Импортталған есеп сақталмады: онымен жұмыс кітабында ${p.periods} импортталған есеп, ${p.mb} МБ сақталар еді, ал Office жұмыс кітабында қондырма параметрлерін ең көбі ${p.limit} МБ көлемінде сақтайды. Ештеңе жоғалған жоқ: бұрын сақталған есептер орнында. Ескі тоқсандарды басқа жұмыс кітабында сақтаңыз.`,
  }),
  "save-imports-failed": template({
    needs: ["detail"],
    en: (p) => `Could not save the imported report in the workbook: ${p.detail}`,
    ru: (p) => `Не удалось сохранить импортированный отчёт в книге: ${p.detail}`,
    kk: (p) => `Импортталған есепті жұмыс кітабына сақтау мүмкін болмады: ${p.detail}`,
  }),
  "sheet-taken": template({
    /** sheets: their names, quoted and ", "-joined. */
    needs: ["sheets"],
    en: (p) =>
      `A sheet named ${p.sheets} already exists and was not made by this add-in. Rename it (or move its content), then load again: nothing was changed.`,
    ru: (p) =>
      `Лист ${p.sheets} уже есть в книге и создан не надстройкой. Переименуйте его (или перенесите содержимое) и загрузите снова: ничего не изменено.`,
    kk: (p) =>
      `${p.sheets} парағы жұмыс кітабында бұрыннан бар және оны қондырма жасамаған. Оның атын өзгертіңіз (немесе мазмұнын басқа жерге көшіріңіз) де, қайта жүктеңіз: ештеңе өзгертілмеді.`,
  }),
  "name-taken": template({
    needs: ["names"],
    en: (p) =>
      `The name ${p.names} is already used in this workbook by a table or defined name of yours (Excel keeps one namespace for both, ignoring case). Rename yours, then load again: nothing was changed.`,
    ru: (p) =>
      `Имя ${p.names} уже занято вашей таблицей или именованным диапазоном (в Excel у них общее пространство имён без учёта регистра). Переименуйте своё и загрузите снова: ничего не изменено.`,
    kk: (p) =>
      `${p.names} атауын осы жұмыс кітабында сіздің кестеңіз немесе атаулы ауқымыңыз пайдаланып отыр (Excel-де олардың атаулар кеңістігі ортақ, әріп регистрі ескерілмейді). Өзіңіздікінің атын өзгертіп, қайта жүктеңіз: ештеңе өзгертілмеді.`,
  }),
  "rollback-incomplete": template({
    /** sheets: the add-in's sheets that were partly rewritten. */
    needs: ["sheets"],
    en: (p) =>
      `The add-in's sheets ${p.sheets} were partly rewritten and the plan they held is unknown: load again.`,
    ru: (p) =>
      `Листы надстройки ${p.sheets} частично перезаписаны, а что в них было, неизвестно: загрузите данные снова.`,
    kk: (p) =>
      `Қондырманың ${p.sheets} парақтары ішінара қайта жазылды, ал оларда не болғаны белгісіз: деректерді қайта жүктеңіз.`,
  }),
};

export type HostCode = keyof typeof HOST_TEMPLATES;

/** Something the Excel side tells the pane: a code and its params, rendered by the pane. */
export interface HostNotice<C extends HostCode = HostCode> {
  code: C;
  params: Params;
}

export function notice<C extends HostCode>(
  code: C,
  ...params: keyof ParamsOf<(typeof HOST_TEMPLATES)[C]> extends never
    ? []
    : [ParamsOf<(typeof HOST_TEMPLATES)[C]>]
): HostNotice<C> {
  return { code, params: (params[0] ?? {}) as Params };
}

/** A notice's text in the language. */
export function hostMessage(n: HostNotice, lang: Lang): string {
  const t: Template<string, string> = HOST_TEMPLATES[n.code];
  return renderTemplate(t, n.params, lang) ?? n.code;
}

/** An error the add-in raises itself, with its text from the catalogue. */
export class HostError extends SaidError {
  constructor(readonly notice: HostNotice) {
    super(hostMessage(notice, "en"));
    this.name = "HostError";
  }

  say(lang: Lang): string {
    return hostMessage(this.notice, lang);
  }
}
