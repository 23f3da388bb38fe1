/**
 * Outlook's catalog of sensitivity labels (Office.context.sensitivityLabelsCatalog, Mailbox 1.13).
 * Checked before a label is offered: the catalog may be off for this user, and the policy's label
 * may not be published to them. The catalog gives a label's name and tooltip, never whether it
 * encrypts, so callers say what the admin's tooltip says and claim nothing more.
 */
import { office, supportsMailbox } from './host';
import { type CallOptions, officeCall } from './office-call';

export interface SensitivityLabelInfo {
  id: string;
  name: string;
  /** The admin's description of the label, as Outlook shows it ('' when none). */
  tooltip: string;
}

interface LabelDetails {
  id?: string;
  name?: string;
  tooltip?: string;
  children?: LabelDetails[] | null;
}

function catalog(): Office.SensitivityLabelsCatalog | undefined {
  const o = office();
  const context = o && (o.context as unknown as { sensitivityLabelsCatalog?: Office.SensitivityLabelsCatalog } | undefined);
  return context && context.sensitivityLabelsCatalog ? context.sensitivityLabelsCatalog : undefined;
}

/** The label with this GUID from the catalog, searching sublabels; undefined when the catalog is off or lacks it. */
export async function findSensitivityLabel(labelId: string, options?: CallOptions): Promise<SensitivityLabelInfo | undefined> {
  const labels = catalog();
  if (!labels || !supportsMailbox('1.13')) return undefined;
  const enabled = await officeCall<boolean>('sensitivityLabelsCatalog.getIsEnabledAsync', (cb) => labels.getIsEnabledAsync(cb), options);
  if (!enabled) return undefined;
  const all = await officeCall<LabelDetails[]>('sensitivityLabelsCatalog.getAsync', (cb) => labels.getAsync(cb as never), options);
  const wanted = labelId.toLowerCase();
  const queue: LabelDetails[] = (all || []).slice();
  while (queue.length > 0) {
    const label = queue.shift() as LabelDetails;
    if ((label.id || '').toLowerCase() === wanted) return { id: label.id as string, name: label.name || '', tooltip: label.tooltip || '' };
    if (label.children) for (const child of label.children) queue.push(child);
  }
  return undefined;
}
