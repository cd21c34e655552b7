// Label writes that failed (lib/unsaved-labels.ts), in extension storage; read and written by the worker only.
import { storage } from 'wxt/utils/storage';
import type { UnsavedLabel } from '../unsaved-labels';

const unsavedLabelsItem = storage.defineItem<unknown>('local:unsavedLabels', { fallback: [] });

export const readUnsavedLabels = () => unsavedLabelsItem.getValue();
export const writeUnsavedLabels = (labels: UnsavedLabel[]) => unsavedLabelsItem.setValue(labels);
