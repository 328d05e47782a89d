'use strict';
// api.cache with Auth0's limits (Actions limitations): at most 20 entries per trigger, keys up
// to 64 bytes, values up to 4 kB, 8 kB in all, a lifetime of 15 minutes unless ttl or expires_at
// says otherwise, and never more than 24 hours. The console hands in what earlier runs of the
// same trigger left and keeps what this run leaves (in memory only), as Auth0 keeps it between
// executions. Auth0 documents the result shapes but not its error codes: the codes below are
// the console's own.

const MaxEntries = 20;
const MaxKeyBytes = 64;
const MaxValueBytes = 4096;
const MaxTotalBytes = 8192;
const DefaultTtlMs = 15 * 60 * 1000;
const MaxTtlMs = 24 * 60 * 60 * 1000;

const size = (text) => Buffer.byteLength(text, 'utf8');

function create(initial, now = Date.now) {
  const entries = new Map();
  for (const [key, record] of Object.entries(initial || {})) {
    if (record && typeof record.value === 'string' && Number(record.expires_at) > now())
      entries.set(key, { value: record.value, expires_at: Number(record.expires_at) });
  }

  function purge() {
    const t = now();
    for (const [key, record] of entries) {
      if (record.expires_at <= t)
        entries.delete(key);
    }
  }

  const error = (code, message) => ({ type: 'error', code, message });

  const cache = {
    get(key) {
      purge();
      const record = entries.get(String(key));
      return record ? { value: record.value, expires_at: record.expires_at } : undefined;
    },

    set(key, value, options) {
      purge();
      key = String(key);
      if (typeof value !== 'string')
        return error('invalid_value', 'api.cache.set stores strings; convert the value with JSON.stringify.');
      if (size(key) > MaxKeyBytes)
        return error('key_too_long', `The key has ${size(key)} bytes; Auth0 allows ${MaxKeyBytes}.`);
      if (size(value) > MaxValueBytes)
        return error('value_too_large', `The value has ${size(value)} bytes; Auth0 allows ${MaxValueBytes}.`);
      const t = now();
      let expiresAt = t + DefaultTtlMs;
      if (options && options.expires_at !== undefined)
        expiresAt = Number(options.expires_at);
      else if (options && options.ttl !== undefined)
        expiresAt = t + Number(options.ttl);
      if (!Number.isFinite(expiresAt) || expiresAt <= t)
        return error('invalid_lifetime', 'ttl must be a positive number of milliseconds, expires_at a time in the future (ms since the epoch).');
      expiresAt = Math.min(expiresAt, t + MaxTtlMs);
      if (!entries.has(key) && entries.size >= MaxEntries)
        return error('too_many_entries', `The cache already holds ${MaxEntries} entries, Auth0's limit per trigger.`);
      let total = size(key) + size(value);
      for (const [k, record] of entries) {
        if (k !== key)
          total += size(k) + size(record.value);
      }
      if (total > MaxTotalBytes)
        return error('cache_full', `The cache would hold ${total} bytes; Auth0 allows ${MaxTotalBytes} in all.`);
      const record = { value, expires_at: expiresAt };
      entries.set(key, record);
      return { type: 'success', record: Object.assign({}, record) };
    },

    delete(key) {
      purge();
      entries.delete(String(key));
      return { type: 'success' };
    },
  };

  function snapshot() {
    purge();
    return Object.fromEntries(entries);
  }

  return { cache, snapshot };
}

module.exports = { create, MaxEntries, MaxKeyBytes, MaxValueBytes, MaxTotalBytes, DefaultTtlMs, MaxTtlMs };
