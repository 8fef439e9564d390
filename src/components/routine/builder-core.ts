/**
 * The builder's behaviour, loaded by <routine-builder> (routine-builder.ts) when a link carries a
 * plan or on first use. It reads the link (rule U1), builds its plan with the facts table the page
 * worked out, fills the page's markup (plan-dom.ts), and rebuilds once per change, writing the
 * inputs, seed and swaps back to the URL. The log and calendar code loads on first use and gets
 * the plan from here.
 */
import { randomSeed } from '../../lib/routine/random';
import { factsFrom, nextSwapWith, planWith, type FactsOf, type FactsTable } from '../../lib/routine/session';
import { setSwap } from '../../lib/routine/swaps';
import { DEFAULT_INPUTS, DEFAULT_SEED, type Plan, type RoutineInputs, type RoutineMove, type RoutineRequest } from '../../lib/routine/types';
import { decodeRequest, encodeRequest } from '../../lib/routine/url';
import { keepPlan } from '../../lib/routine/kept';
import { fillMessages, fillPlan, text } from './plan-dom';

interface BuilderData {
  catalogue: RoutineMove[];
  /** What each level and equipment set allows (facts.ts), worked out at build time. */
  facts: FactsTable;
}

const CONTROLS = ['level', 'equipment', 'minutes', 'focus', 'addons'] as const;

export class BuilderCore {
  private data: BuilderData;
  private request!: RoutineRequest;
  /** Rule U1: what a damaged link had that we dropped. */
  private ignored: string[] = [];
  private status = '';
  private level = '';
  private plans = new Map<string, Plan>();
  private factsOf: FactsOf;

  /** A bare /routine/ shows the default plan as rendered (seed 1); a link's plan is built and shown at once. */
  constructor(private root: HTMLElement) {
    this.data = JSON.parse(root.querySelector('#routine-data')!.textContent!);
    this.factsOf = factsFrom(this.data.facts);
    this.level = DEFAULT_INPUTS.level;
    const decoded = decodeRequest(location.search);
    const plan = this.planOf({ inputs: decoded.inputs, seed: location.search ? (decoded.seed ?? randomSeed()) : DEFAULT_SEED, swaps: decoded.swaps });
    this.request = { inputs: plan.inputs, seed: plan.seed, swaps: plan.swaps };
    this.ignored = [...decoded.ignored, ...plan.ignoredSwaps.map((s) => s.reason)];
    if (location.search) this.render();
  }

  /** The plan of a request, built once per change: memoised by its query (and by the plan's own). */
  private planOf(request: RoutineRequest): Plan {
    const key = encodeRequest(request);
    let plan = this.plans.get(key);
    if (!plan) {
      if (this.plans.size > 32) this.plans.clear();
      plan = planWith(this.data.catalogue, request, this.factsOf);
      this.plans.set(key, plan);
      this.plans.set(encodeRequest(plan), plan);
    }
    return plan;
  }

  private plan = () => this.planOf(this.request);

  private render() {
    const plan = this.plan();
    const query = encodeRequest(plan);
    if (location.search !== `?${query}`) history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
    this.fillControls(plan.inputs);
    fillPlan(this.root, plan);
    fillMessages(this.root, plan, this.ignored, this.status);
    if (this.level !== plan.inputs.level) {
      this.level = plan.inputs.level;
      const week = this.root.querySelector<HTMLTemplateElement>(`template[data-week="${this.level}"]`)!;
      this.root.querySelector('[data-week-body]')!.replaceChildren(week.content.cloneNode(true));
    }
    // Linked to wherever the page is served (a local copy too).
    const link = `${location.origin}${location.pathname}?${query}`;
    this.root.querySelector<HTMLInputElement>('#rb-link')!.value = link;
    text(this.root, '[data-link-text]', link);
    this.root.querySelector<HTMLAnchorElement>('[data-play-link]')!.href = `/routine/play/?${query}`;
  }

  private fillControls(inputs: RoutineInputs) {
    const chosen: string[] = [];
    for (const name of CONTROLS) {
      const values = [inputs[name]].flat().map(String);
      const labels: string[] = [];
      for (const input of this.root.querySelectorAll<HTMLInputElement>(`[data-control="${name}"] input`)) {
        input.checked = values.includes(input.value);
        if (input.checked) labels.push(input.parentElement!.textContent!.trim());
      }
      if (name !== 'addons') chosen.push(labels.join(', ') || this.root.querySelector<HTMLElement>('[data-none]')!.dataset.none!);
    }
    text(this.root, '[data-chosen]', chosen.join(' · '));
  }

  private readControls(): RoutineInputs {
    const values = (name: string) => [...this.root.querySelectorAll<HTMLInputElement>(`[data-control="${name}"] input:checked`)].map((i) => i.value);
    return { level: values('level')[0], equipment: values('equipment'), minutes: Number(values('minutes')[0]), focus: values('focus')[0], addons: values('addons') } as RoutineInputs;
  }

  private update(request: RoutineRequest, status = '') {
    this.request = request;
    this.status = status;
    this.render();
  }

  onChange(event: Event) {
    if (!(event.target as Element).closest('[data-control]')) return;
    // Swaps that no longer fit the new inputs drop out of the plan (and so out of the link).
    this.update({ ...this.request, inputs: this.readControls(), swaps: this.plan().swaps });
  }

  onClick(event: Event) {
    const target = event.target as Element;
    const swap = target.closest('.rb-swap');
    const action = target.closest<HTMLElement>('[data-builder-action]')?.dataset.builderAction;
    const log = target.closest<HTMLElement>('[data-progress-action]');
    if (swap) this.swap(swap.closest('li')!);
    else if (action === 'shuffle') {
      const seed = randomSeed();
      this.update({ inputs: this.plan().inputs, seed, swaps: [] }, `New plan, seed ${seed}.`);
    } else if (action === 'reset') {
      this.ignored = [];
      this.update({ inputs: DEFAULT_INPUTS, seed: DEFAULT_SEED, swaps: [] }, 'Back to the defaults: beginner, a resistance band, 20 minutes, seed 1.');
    } else if (action === 'keep') this.keep();
    else if (action === 'copy') void this.copy();
    else if (action === 'print') print();
    else if (log) void import('../progress/routine-log').then((m) => m.runLogAction(log, this.plan()));
  }

  /** Rule U2: the slot's next allowed move; announced only once the rebuilt plan shows it. */
  private swap(item: Element) {
    const plan = this.plan();
    const phase = plan.phases.find((p) => p.id === item.getAttribute('data-phase'))!;
    const current = phase.moves[[...item.parentElement!.children].indexOf(item)]!;
    const slot = current.slot ?? current.id;
    const to = nextSwapWith(this.data.catalogue, plan, slot, this.factsOf);
    const next = to ? { ...this.request, inputs: plan.inputs, swaps: setSwap(plan.swaps, slot, to) } : undefined;
    const done = next && this.planOf(next).phases.some((p) => p.moves.some((m) => m.slot === slot && m.id === to));
    const title = (id: string) => this.data.catalogue.find((m) => m.id === id)?.title ?? id;
    if (!next || !done) this.update(this.request, `Nothing else can replace ${current.title} within the rules.`);
    else this.update(next, `Swapped ${current.title} for ${title(to!)}.`);
  }

  private keep() {
    this.update(this.request, keepPlan(localStorage, encodeRequest(this.plan()))
      ? 'Plan kept on this device: the player and your progress page will offer it next time.'
      : 'Could not keep the plan: this browser is not letting the site store anything.');
  }

  private async copy() {
    const link = this.root.querySelector<HTMLInputElement>('#rb-link')!.value;
    try {
      await navigator.clipboard.writeText(link);
      this.update(this.request, 'Link copied.');
    } catch {
      this.update(this.request, 'Could not copy: copy the link below.');
    }
  }
}

