import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import * as React from "react";
import { queryMessage } from "../../analysis/queryMessages";
import {
  type CardFigure,
  type CardMetric,
  CARD_METRICS,
  CARD_TYPES,
  type CardQueries,
  cardMeasureName,
  cardMetricName,
  cardTextField,
  cardTypeName,
  type TerritoryCard,
  territoryCard,
} from "../../analysis/territoryCard";
import type { Measure } from "../../domain/measures";
import type { OrgTypeOrAll } from "../../domain/orgTypes";
import type { Territory } from "../../domain/territories";
import { awaitMessages, useLang, useNames, useStrings } from "../i18n";

const useStyles = makeStyles({
  card: {
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  head: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  table: {
    width: "100%",
    marginTop: tokens.spacingVerticalS,
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  // Heads break inside a long word only where softHyphens allows ("бала-бақша"): a 320 px pane.
  colHead: {
    textAlign: "right",
    verticalAlign: "bottom",
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 0 ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    hyphens: "manual",
  },
  rowHead: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    hyphens: "manual",
  },
  cell: {
    textAlign: "right",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
    padding: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  note: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  actions: { marginTop: tokens.spacingVerticalS },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

const VOWEL = /[аәеёиоөуұүыіэюяaeiou]/i;
const NO_BREAK_BEFORE = /[ьъй]/i;

/**
 * Soft hyphens in a Russian or Kazakh word of six letters or more, at syllable breaks (before the
 * consonant that opens a syllable: бала-бақ-ша, қам-тыл-ғаны, изме-не-ние), three letters or more
 * before and two after, so that a narrow column breaks the word there, with a hyphen, and nowhere
 * else. Screen readers skip them. The card's English words are short enough to stay whole.
 */
export function softHyphens(text: string): string {
  return text.replace(/[\u0400-\u04FF]{6,}/g, (word) => {
    let out = word[0];
    for (let i = 1; i < word.length; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      const opens =
        !VOWEL.test(word[i]) &&
        !NO_BREAK_BEFORE.test(word[i]) &&
        VOWEL.test(word[i + 1] ?? "") &&
        VOWEL.test(left) &&
        left.length >= 3 &&
        right.length >= 2;
      out += (opens ? "\u00AD" : "") + word[i];
    }
    return out;
  });
}

/** A share as the pane writes one: "46.7%". */
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** A change in points (a share's difference): "+2.1", "−1.0", "0.0". */
const points = (change: number) => {
  const sign = change > 0.0005 ? "+" : change < -0.0005 ? "−" : "";
  return `${sign}${Math.abs(change * 100).toFixed(1)}`;
};

/** A figure as the pane's card shows it: shares in %, counts and ranks whole, changes in points. */
export function cardFigureText(metric: CardMetric, value: number): string {
  switch (metric) {
    case "coverage":
    case "stated":
      return percent(value);
    case "change":
      return points(value);
    default:
      return String(value);
  }
}

/**
 * A territory's card (src/analysis/territoryCard.ts, the data behind EDU.TERRITORY's Excel card) in
 * the pane: its official name, region, period and the period compared with, and per measure a table
 * of the card's figures (rows: coverage, covered, total, stated %, rank, change; columns: the three
 * types and all of them), under the card's own names. The heading takes the focus when a card opens;
 * Escape or the close button closes it.
 */
export function TerritoryCardView({
  card,
  onClose,
  opened,
  children,
}: {
  card: TerritoryCard;
  onClose: () => void;
  /** Changes each time the card is opened, also for the territory already shown: the focus comes back. */
  opened?: unknown;
  /** Below the tables: what else the pane offers for this territory (the preview: its rows). */
  children?: React.ReactNode;
}): React.JSX.Element {
  const t = useStrings();
  const names = useNames();
  const styles = useStyles();
  const headingId = React.useId();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const lang = card.lang;
  // A card opened (or another territory's in its place, or the same chosen again): its heading
  // takes the focus. Not on other renders (a language switched, a report added).
  React.useEffect(() => heading.current?.focus(), [card.territory.id, opened]);

  const figureOf = new Map<string, CardFigure>(
    card.figures.map((f) => [`${f.measure}|${f.orgType}|${f.metric}`, f])
  );
  const get = (measure: Measure, orgType: OrgTypeOrAll, metric: CardMetric) =>
    figureOf.get(`${measure}|${orgType}|${metric}`);
  const shown = card.measures.filter((m) => card.figures.some((f) => f.measure === m));
  const hasChange = card.figures.some((f) => f.metric === "change");

  const facts: Array<[string, string]> = [];
  if (card.region) facts.push([cardTextField("region", lang), card.region]);
  facts.push([cardTextField("period", lang), card.period]);
  if (card.previous) facts.push([cardTextField("previous", lang), card.previous]);

  return (
    <section
      aria-labelledby={headingId}
      className={styles.card}
      data-card={card.territory.id}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className={styles.head}>
        <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
          {card.name}
        </h2>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t.cardClose}
        </Button>
      </div>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
      {shown.map((measure) => (
        <table key={measure} className={styles.table} data-measure={measure}>
          <caption className={styles.caption}>{cardMeasureName(measure, lang)}</caption>
          <thead>
            <tr>
              <td className={styles.corner} />
              {CARD_TYPES.map((o) => (
                <th key={o} scope="col" className={styles.colHead}>
                  {/* Short on screen, the card's own word for assistive technology. */}
                  <span aria-hidden="true">{softHyphens(names.shortOrgType(o))}</span>
                  <span className={styles.hidden}>{cardTypeName(o, lang)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CARD_METRICS.map((metric) => (
              <tr key={metric}>
                <th scope="row" className={styles.rowHead}>
                  {softHyphens(cardMetricName(metric, lang))}
                </th>
                {CARD_TYPES.map((o) => {
                  const f = get(measure, o, metric);
                  return (
                    <td key={o} className={styles.cell}>
                      {f ? (
                        cardFigureText(metric, f.value)
                      ) : (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className={styles.hidden}>{t.cardNoFigure}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {hasChange && (
        <Text size={200} className={styles.note}>
          {t.cardChangeNote}
        </Text>
      )}
      {card.notes.length > 0 && (
        <>
          <Text size={200} weight="semibold" className={styles.note}>
            {cardTextField("notes", lang)}
          </Text>
          <ul className={styles.notes}>
            {card.notes.map((n) => (
              <li key={n}>
                <Text size={200}>{n}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {children && <div className={styles.actions}>{children}</div>}
    </section>
  );
}

/**
 * The card of a territory chosen in the pane, asked of the pane's data core as EDU.TERRITORY asks
 * it (the same QueryCache, by the territory's official Russian name, in the pane's language).
 */
export function PaneTerritoryCard({
  queries,
  territory,
  period,
  onClose,
  opened,
  children,
}: {
  queries: CardQueries;
  territory: Territory;
  period: string;
  onClose: () => void;
  opened?: unknown;
  children?: React.ReactNode;
}): React.JSX.Element {
  const lang = useLang();
  // The card's notes and its error are query messages, in the pane's language.
  awaitMessages(lang);
  const card = territoryCard(queries, territory.nameRu, period, lang);
  if (card.ok)
    return (
      <TerritoryCardView card={card.value} onClose={onClose} opened={opened}>
        {children}
      </TerritoryCardView>
    );
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{queryMessage(card.error, lang)}</MessageBarBody>
    </MessageBar>
  );
}
