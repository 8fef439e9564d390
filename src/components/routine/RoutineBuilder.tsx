/** @jsxImportSource ./h */
/**
 * The routine builder island. Rendered at build time with the default inputs and seed (the
 * no-JavaScript plan), then hydrated: it reads the link, rebuilds the plan on every change and
 * writes the inputs, seed and swaps back to the URL (rule U1).
 */
import { Component } from 'preact';
import type { Level, PhaseId, Plan, Week, RoutineInputs, RoutineMove, RoutineRequest } from '../../lib/routine/types';
import { nextSwapWith, planWith } from '../../lib/routine/session';
import { setSwap } from '../../lib/routine/swaps';
import { equipmentKey } from '../../lib/routine/model';
import type { EquipmentFacts } from '../../lib/routine/facts';
import { decodeRequest, encodeRequest } from '../../lib/routine/url';
import { randomSeed } from '../../lib/routine/random';
import { formatMinutes } from '../../lib/routine/format';
import Controls, { type ControlLabels } from './Controls';
import PlanView from './PlanView';
import WeekView, { type BuilderWords } from './WeekView';

export interface RoutineBuilderProps {
  catalogue: RoutineMove[];
  /** Absolute URL of /routine/, for the printed link. */
  baseUrl: string;
  /** The phases' titles (rule S1's order). */
  phaseTitles: Record<PhaseId, string>;
  /** Rules K1 and K2 for each level, worked out at build time (planWeek). */
  weeks: Record<Level, Week>;
  /** The builder's fixed words (WeekView.tsx). */
  words: BuilderWords;
  /** Option labels of the controls, from the page (kept out of the JavaScript). */
  labels: ControlLabels;
  /**
   * What each level and equipment set allows (desk break, X1 notes, the warm-up search), worked
   * out at build time: `facts[index[equipmentKey(inputs)]]` (the searches stay out of the JavaScript).
   */
  facts: { list: EquipmentFacts[]; index: number[] };
  initial: RoutineRequest;
  /** The plan of `initial`, built at build time. */
  initialPlan: Plan;
}

interface State {
  request: RoutineRequest;
  ready: boolean;
  /** Rule U1: what a damaged link had that we dropped. */
  ignored: string[];
  status: string;
}

// A class component: Preact's hooks would cost another kilobyte of the page's 12 KB budget.
export default class RoutineBuilder extends Component<RoutineBuilderProps, State> {
  state: State = { request: this.props.initial, ready: false, ignored: [], status: '' };
  // The default plan comes built from the page, so hydrating builds nothing (a shorter first task).
  private built?: { request: RoutineRequest; plan: Plan } = { request: this.props.initial, plan: this.props.initialPlan };
  private factsOf = ({ inputs }: { inputs: RoutineInputs }) => this.props.facts.list[this.props.facts.index[equipmentKey(inputs)]];
  private build = (request: RoutineRequest) => planWith(this.props.catalogue, request, this.factsOf);

  private plan(): Plan {
    const { request } = this.state;
    if (this.built?.request !== request) this.built = { request, plan: this.build(request) };
    return this.built.plan;
  }

  componentDidMount() {
    const decoded = decodeRequest(location.search);
    const next = { inputs: decoded.inputs, seed: decoded.seed ?? randomSeed(), swaps: decoded.swaps };
    const built = this.build(next);
    this.setState({
      request: { ...next, swaps: built.swaps },
      ignored: [...decoded.ignored, ...built.ignoredSwaps.map((s) => s.reason)],
      ready: true,
    });
  }

  componentDidUpdate() {
    const query = encodeRequest(this.plan());
    if (this.state.ready && location.search !== `?${query}`) history.replaceState(null, '', `${location.pathname}?${query}${location.hash}`);
  }

  render({ catalogue, labels, baseUrl, weeks, words, phaseTitles }: RoutineBuilderProps, { request, ready, ignored, status }: State) {
    const plan = this.plan();
    // Once running, link to wherever the page is served (a local copy too); before that, the site's URL.
    const link = `${ready ? location.origin + location.pathname : baseUrl}?${encodeRequest(plan)}`;
    const title = (id: string) => catalogue.find((m) => m.id === id)?.title ?? id;
    const setStatus = (message: string) => this.setState({ status: message });

    const change = (inputs: RoutineInputs) => {
      // Swaps that no longer fit the new inputs drop out of the plan (and so out of the link).
      this.setState({ request: { ...request, inputs, swaps: plan.swaps }, status: '' });
    };
    /** Rule U2: the slot's next allowed move; announced only once the rebuilt plan shows it. */
    const swap = (slot: string) => {
      const current = plan.phases.flatMap((p) => p.moves).find((m) => m.slot === slot)?.id ?? slot;
      const to = nextSwapWith(catalogue, plan, slot, this.factsOf);
      const next = to && { ...request, swaps: setSwap(plan.swaps, slot, to) };
      const done = next && this.build(next).phases.some((p) => p.moves.some((m) => m.slot === slot && m.id === to));
      if (!next || !done) return setStatus(`Nothing else can replace ${title(current)} within the rules.`);
      this.setState({ request: next, status: `Swapped ${title(current)} for ${title(to)}.` });
    };
    const shuffle = () => {
      const seed = randomSeed();
      this.setState({ request: { inputs: plan.inputs, seed, swaps: [] }, status: `New plan, seed ${seed}.` });
    };
    const copy = () =>
      navigator.clipboard.writeText(link).then(
        () => setStatus(words.copied),
        () => setStatus(words.copyFailed),
      );

    return (
      <div class="rb-root" data-ready={ready || undefined}>
        <Controls inputs={plan.inputs} labels={labels} disabled={!ready} onChange={change} />

        <div class="rb-messages" role="status">
          {ignored.length > 0 && (
            <p class="rb-note" data-rule="U1">
              <strong>{words.damaged[0]}</strong>{words.damaged[1]}{ignored.join('; ')}{words.damaged[2]}
            </p>
          )}
          {plan.notes.map((note) => (
            <p key={note.text} class="rb-note" data-rule={note.rule} data-explains={note.explains.join(' ')}>{note.text}</p>
          ))}
          {status && <p class="rb-status">{status}</p>}
        </div>

        <section class="rb-plan" aria-labelledby="rb-plan" data-plan data-total-seconds={plan.totalSeconds} data-seed={plan.seed}>
          <div class="rb-bar">
            <div>
              <h2 id="rb-plan">Your plan</h2>
              <p class="rb-sub">
                About <strong>{formatMinutes(plan.totalSeconds)}</strong> in all, for a {plan.inputs.minutes}-minute session · seed {plan.seed}
              </p>
            </div>
            <div class="rb-actions">
              <button type="button" class="btn" disabled={!ready} onClick={shuffle}>Shuffle</button>
              <button type="button" class="btn" disabled={!ready} onClick={copy}>Copy link</button>
              <button type="button" class="btn" disabled={!ready} onClick={() => print()}>Print</button>
              <a class="btn" href={`/routine/play/?${encodeRequest(plan)}`} data-play-link>{words.start}</a>
            </div>
          </div>
          <PlanView plan={plan} titles={phaseTitles} disabled={!ready} onSwap={swap} />
        </section>

        <div class="rb-link">
          <label for="rb-link">Link to this plan</label>
          <input id="rb-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <p data-print-link>Open this plan again: {link}</p>
        </div>

        <WeekView week={weeks[plan.inputs.level]} deskBreak={plan.deskBreak} words={words} />
      </div>
    );
  }
}
