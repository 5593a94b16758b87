import type { BallotAnswers, PublicEvaluationRound } from '@zeren/contracts';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/zh-CN';
import {
  type AnswerDraft,
  allUnknown,
  BALLOT_LEVELS,
  buildAnswers,
  groupTargets,
  nextUnvoted,
} from './ballot';

/** How a ballot went: received (or found cast before: 409, shown as scored, never as a failure), or why not. */
export type CastOutcome = { ok: true; earlier: boolean } | { ok: false; message: string };

type Round = Pick<PublicEvaluationRound, 'categories' | 'targets' | 'indicators' | 'scale'>;

const titleId = (targetId: string) => `eval-target-${targetId}-title`;

/**
 * The targets of a round under their categories, scored one at a time: the open one shows one
 * control per indicator and its own submit; once received it reads 已评 and the next one still
 * to score opens. Who votes (a phone number and its code, or a token) is the caller's `cast`.
 */
export function TargetBallots({
  round,
  voted,
  earlier,
  cast,
}: {
  round: Round;
  /** Targets scored: in this visit, or before it (the token's record, a 409). */
  voted: ReadonlySet<string>;
  /** Of those, the ones scored before this visit. */
  earlier: ReadonlySet<string>;
  cast(targetId: string, answers: BallotAnswers): Promise<CastOutcome>;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const groups = useMemo(() => groupTargets(round.categories, round.targets), [round]);
  const order = useMemo(() => groups.flatMap((g) => g.targets.map((target) => target.id)), [groups]);
  const [active, setActive] = useState<string | null>(() => nextUnvoted(order, voted));
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [announcement, setAnnouncement] = useState('');
  const done = order.filter((id) => voted.has(id)).length;
  const open = active !== null && !voted.has(active) ? active : null;

  const onCast = async (
    targetId: string,
    unitName: string,
    answers: BallotAnswers,
  ): Promise<string | null> => {
    const outcome = await cast(targetId, answers);
    if (!outcome.ok) return outcome.message;
    setAnnouncement(
      t(outcome.earlier ? 'evaluate.castEarlier' : 'evaluate.castDone', {
        unit: unitName,
      }),
    );
    const next = nextUnvoted(order, new Set([...voted, targetId]), targetId);
    setActive(next);
    requestAnimationFrame(() => document.getElementById(titleId(next ?? targetId))?.focus());
    return null;
  };

  return (
    <section className="section" aria-labelledby={headingId} data-testid="eval-targets">
      <h2 id={headingId}>{t('evaluate.targets')}</h2>
      <p className="muted" data-testid="eval-progress">
        {t('evaluate.progress', { done, total: order.length })}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {order.length > 0 && done === order.length ? (
        <p className="state-done" data-testid="eval-all-done">
          {t('evaluate.allDone')}
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.key} className="target-category" aria-label={group.name}>
          <h3>{group.name}</h3>
          <ul className="target-list">
            {group.targets.map((target) => {
              const isVoted = voted.has(target.id);
              const isOpen = open === target.id;
              return (
                <li
                  key={target.id}
                  className={`card target${isOpen ? ' target-open' : ''}${isVoted ? ' target-voted' : ''}`}
                  data-testid={`eval-target-${target.id}`}
                >
                  <div className="target-head">
                    <h4 id={titleId(target.id)} className="target-name" tabIndex={-1}>
                      {target.unitName}
                    </h4>
                    {isVoted ? (
                      <span className="voted-badge" data-testid="eval-voted">
                        <span aria-hidden="true">✓</span>
                        {t('evaluate.voted')}
                        {earlier.has(target.id) ? (
                          <span className="voted-earlier">{t('evaluate.votedEarlier')}</span>
                        ) : null}
                      </span>
                    ) : !isOpen ? (
                      <button
                        type="button"
                        className="button button-secondary target-toggle"
                        aria-label={t('evaluate.scoreUnit', { unit: target.unitName })}
                        onClick={() => setActive(target.id)}
                        data-testid={`eval-open-${target.id}`}
                      >
                        {t('evaluate.score')}
                      </button>
                    ) : null}
                  </div>
                  {isOpen ? (
                    <TargetForm
                      round={round}
                      unitName={target.unitName}
                      draft={drafts[target.id] ?? {}}
                      onDraft={(draft) => setDrafts((d) => ({ ...d, [target.id]: draft }))}
                      onSubmit={(answers) => onCast(target.id, target.unitName, answers)}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** One control per indicator and the target's submit. */
function TargetForm({
  round,
  unitName,
  draft,
  onDraft,
  onSubmit,
}: {
  round: Round;
  unitName: string;
  draft: AnswerDraft;
  onDraft(draft: AnswerDraft): void;
  /** Null once received; else the message to show. */
  onSubmit(answers: BallotAnswers): Promise<string | null>;
}) {
  const { t } = useI18n();
  const [missing, setMissing] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: string, value: string) => {
    onDraft({ ...draft, [key]: value });
    setMissing((m) => m.filter((k) => k !== key));
  };
  const built = buildAnswers(round.indicators, round.scale, draft);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    if (!built.ok) {
      setMissing(built.missing);
      setMessage(t('evaluate.answerAll'));
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>('.target-open .field-invalid input:not(:disabled)')?.focus(),
      );
      return;
    }
    setBusy(true);
    try {
      const problem = await onSubmit(built.answers);
      if (problem) setMessage(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="target-form"
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      aria-label={t('evaluate.formLabel', { unit: unitName })}
    >
      {round.indicators.map((indicator) =>
        round.scale === 'satisfaction' ? (
          <LevelChoice
            key={indicator.key}
            indicator={indicator}
            value={draft[indicator.key] ?? ''}
            invalid={missing.includes(indicator.key)}
            onChange={(value) => set(indicator.key, value)}
          />
        ) : (
          <ScoreChoice
            key={indicator.key}
            indicator={indicator}
            value={draft[indicator.key] ?? ''}
            invalid={missing.includes(indicator.key)}
            onChange={(value) => set(indicator.key, value)}
          />
        ),
      )}
      {built.ok && allUnknown(built.answers) ? (
        <p className="field-hint" data-testid="eval-all-unknown">
          {t('evaluate.allUnknown')}
        </p>
      ) : null}
      {message ? (
        <p className="field-error" role="alert" data-testid="eval-error">
          {message}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy} data-testid="eval-submit">
        {busy ? t('evaluate.submitting') : t('evaluate.submit')}
      </button>
    </form>
  );
}

interface ChoiceProps {
  indicator: { key: string; name: string };
  value: string;
  invalid: boolean;
  onChange(value: string): void;
}

/** 满意 / 基本满意 / 不满意 / 不了解: four large radio buttons, two by two on a phone. */
function LevelChoice({ indicator, value, invalid, onChange }: ChoiceProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset
      className={`indicator${invalid ? ' field-invalid' : ''}`}
      aria-describedby={invalid ? `${id}-error` : undefined}
    >
      <legend>{indicator.name}</legend>
      <div className="levels">
        {BALLOT_LEVELS.map((level) => (
          <label
            key={level}
            className={`segment level-${level}${value === level ? ' segment-selected' : ''}`}
          >
            <input
              type="radio"
              name={`${id}-level`}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              data-testid={`eval-answer-${indicator.key}-${level}`}
            />
            <span>{t(`ballotLevel.${level}` as MessageKey)}</span>
          </label>
        ))}
      </div>
      {invalid ? (
        <p className="field-error" id={`${id}-error`}>
          {t('evaluate.pickOne')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A score 0–100, or 不了解. */
function ScoreChoice({ indicator, value, invalid, onChange }: ChoiceProps) {
  const { t } = useI18n();
  const id = useId();
  const unknown = value === 'unknown';
  return (
    <fieldset
      className={`indicator${invalid ? ' field-invalid' : ''}`}
      aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
    >
      <legend>{indicator.name}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('evaluate.scoreHint')}
      </p>
      <div className="score-row">
        <input
          id={`${id}-score`}
          aria-label={t('evaluate.scoreLabel', { indicator: indicator.name })}
          value={unknown ? '' : value}
          disabled={unknown}
          onChange={(e) => onChange(e.target.value.trim())}
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          className="score-input"
          data-testid={`eval-answer-${indicator.key}-score`}
        />
        <label className={`segment${unknown ? ' segment-selected' : ''}`}>
          <input
            type="checkbox"
            checked={unknown}
            onChange={(e) => onChange(e.target.checked ? 'unknown' : '')}
            data-testid={`eval-answer-${indicator.key}-unknown`}
          />
          <span>{t('ballotLevel.unknown')}</span>
        </label>
      </div>
      {invalid ? (
        <p className="field-error" id={`${id}-error`}>
          {t('evaluate.scoreInvalid')}
        </p>
      ) : null}
    </fieldset>
  );
}
