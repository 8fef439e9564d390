/**
 * The routine builder island. Rendered at build time with the default inputs and seed (the
 * no-JavaScript plan), then hydrated: it reads the link, rebuilds the plan on every change and
 * writes the inputs, seed and swaps back to the URL (rule U1).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ChoosableId, RoutineInputs, RoutineMove, RoutineRequest } from '../../lib/routine/types';
import { addSwap, buildPlan, nextSwap } from '../../lib/routine/build';
import { decodeRequest, encodeRequest } from '../../lib/routine/url';
import { randomSeed } from '../../lib/routine/random';
import { formatMinutes } from '../../lib/routine/format';
import Controls from './Controls';
import PlanView from './PlanView';
import WeekView from './WeekView';

interface Props {
  catalogue: RoutineMove[];
  equipment: { id: ChoosableId; label: string }[];
  /** Absolute URL of /routine/, for the printed link. */
  baseUrl: string;
  initial: RoutineRequest;
}

export default function RoutineBuilder({ catalogue, equipment, baseUrl, initial }: Props) {
  const [request, setRequest] = useState(initial);
  const [ready, setReady] = useState(false);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const plan = useMemo(() => buildPlan(catalogue, request), [catalogue, request]);
  const query = encodeRequest(plan);
  const link = `${baseUrl}?${query}`;

  useEffect(() => {
    const decoded = decodeRequest(location.search);
    const next = { inputs: decoded.inputs, seed: decoded.seed ?? randomSeed(), swaps: decoded.swaps };
    const built = buildPlan(catalogue, next);
    setIgnored([...decoded.ignored, ...built.ignoredSwaps.map((s) => s.reason)]);
    setRequest({ ...next, swaps: built.swaps });
    setReady(true);
  }, []);

  useEffect(() => {
    if (ready) history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
  }, [ready, query]);

  const change = (inputs: RoutineInputs) => {
    // Swaps that no longer fit the new inputs drop out of the plan (and so out of the link).
    setRequest({ ...request, inputs, swaps: plan.swaps });
    setStatus('');
  };
  const swap = (from: string) => {
    const to = nextSwap(catalogue, plan, from);
    const title = (id: string) => catalogue.find((m) => m.id === id)?.title ?? id;
    if (!to) {
      setStatus(`No other move can replace ${title(from)} here without breaking a rule.`);
      return;
    }
    setRequest({ ...request, swaps: addSwap(plan.swaps, from, to) });
    setStatus(`Swapped ${title(from)} for ${title(to)}.`);
  };
  const shuffle = () => {
    const seed = randomSeed();
    setRequest({ inputs: plan.inputs, seed, swaps: [] });
    setStatus(`New plan drawn (seed ${seed}).`);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      setStatus('Could not copy: select the link below and copy it.');
    }
  };

  const limit = plan.inputs.minutes;
  return (
    <div class="grid gap-6 print:gap-2" data-routine data-ready={ready ? '' : undefined}>
      <Controls inputs={plan.inputs} equipment={equipment} disabled={!ready} onChange={change} />

      <div aria-live="polite" role="status" class="grid gap-2 empty:hidden" data-messages>
        {ignored.length > 0 && (
          <p data-rule="U1" class="rounded-card border border-warn bg-warn-soft p-3 text-ink print:hidden">
            <strong>This link was damaged.</strong> We ignored {ignored.join('; ')}, used the defaults instead, and built a valid plan.
          </p>
        )}
        {plan.notes.map((note) => (
          <p key={note.text} data-rule={note.rule} data-explains={note.explains.join(' ')} class="rounded-card border border-warn bg-warn-soft p-3 text-ink print:p-1">
            {note.text}
          </p>
        ))}
        {status && <p class="text-sm text-muted print:hidden">{status}</p>}
      </div>

      <section aria-labelledby="routine-plan" class="grid gap-3 print:gap-1" data-plan data-total-seconds={plan.totalSeconds} data-seed={plan.seed}>
        <div class="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="routine-plan" class="mt-0 mb-0 print:text-lg">Your plan</h2>
            <p class="text-muted print:text-black print:text-sm">
              About <strong class="text-ink">{formatMinutes(plan.totalSeconds)}</strong> in total, for a {limit}-minute session · seed {plan.seed}
            </p>
          </div>
          <div class="flex flex-wrap gap-2 print:hidden">
            <button type="button" class="btn" disabled={!ready} onClick={shuffle}>Shuffle</button>
            <button type="button" class="btn" disabled={!ready} onClick={copy}>Copy link</button>
            <button type="button" class="btn" disabled={!ready} onClick={() => window.print()}>Print</button>
          </div>
        </div>
        <PlanView plan={plan} disabled={!ready} onSwap={swap} />
      </section>

      <section aria-labelledby="routine-safety" class="rounded-card border border-line bg-accent-soft px-4 py-3 print:border-black print:bg-white print:p-2" data-safety>
        <h2 id="routine-safety" class="mt-0 mb-1 text-lg print:text-base">Safety</h2>
        <p class="print:text-sm">{plan.safety}</p>
      </section>

      <div class="grid gap-1 print:gap-0">
        <label for="routine-link" class="font-semibold print:hidden">Link to this plan</label>
        <input id="routine-link" readOnly value={link} class="w-full rounded-lg border border-line bg-surface px-3 py-1.5 font-mono text-sm print:hidden" onFocus={(e) => e.currentTarget.select()} />
        <p class="hidden text-sm break-all print:block" data-print-link>Open this plan again: {link}</p>
      </div>

      <WeekView plan={plan} />
    </div>
  );
}
