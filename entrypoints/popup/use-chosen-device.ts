import { useEffect, useState } from 'react';
import { deviceById, type Device } from '@/lib/data/devices';
import { loadSettings, watchSettings } from '@/lib/settings/store';

/** The phone chosen in Options, kept up to date. */
export function useChosenDevice(): Device | null {
  const [device, setDevice] = useState<Device | null>(null);
  useEffect(() => {
    const apply = (id: string | null) => setDevice(id ? (deviceById(id) ?? null) : null);
    void loadSettings().then(({ settings }) => apply(settings.device.id));
    return watchSettings(({ settings }) => apply(settings.device.id));
  }, []);
  return device;
}
