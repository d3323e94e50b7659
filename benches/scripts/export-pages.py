#!/usr/bin/env python3
"""Export the contacts of one segment and their survey responses, one page at a time.

This is the baseline that refinerctl's export is measured against: the loop that public
connectors for the Refiner API run (100 items per page, one request at a time, page
numbers until `last_page`), written with the Python standard library only. It asks for
the same data as `refinerctl export`: responses with `include=all&with_attributes=1`.
Contacts go to contacts.json and responses to responses.json in the output folder, each
a JSON array written page by page, so memory stays bounded by one page.

Usage:
    REFINER_API_URL=http://127.0.0.1:PORT/v1 REFINER_API_KEY=KEY \
        export-pages.py --segment UUID --out-dir DIR [--page-length 100]
"""

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def fetch_page(base_url, key, path, query):
    """Return the decoded JSON of one GET request, waiting out 429 responses."""
    url = f"{base_url}/{path}?{urllib.parse.urlencode(query)}"
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"})
    while True:
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            if error.code != 429:
                raise
            wait = float(error.headers.get("Retry-After") or 1)
            print(f"429 on {path}, waiting {wait:.0f} s", file=sys.stderr)
            time.sleep(wait)


def export_listing(base_url, key, path, query, page_length, out_path):
    """Write every item of a paged listing to out_path; return (items, requests)."""
    items = 0
    requests = 0
    page = 1
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("[")
        while True:
            body = fetch_page(base_url, key, path, {**query, "page_length": page_length, "page": page})
            requests += 1
            for item in body.get("items", []):
                out.write("," if items else "")
                out.write(json.dumps(item, ensure_ascii=False))
                items += 1
            pagination = body.get("pagination") or {}
            last_page = pagination.get("last_page") or page
            if not body.get("items") or page >= last_page:
                break
            page += 1
        out.write("]\n")
    return items, requests


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segment", required=True, help="segment uuid")
    parser.add_argument("--out-dir", required=True, help="folder for contacts.json and responses.json")
    parser.add_argument("--page-length", type=int, default=100, help="items per request")
    args = parser.parse_args()

    base_url = os.environ["REFINER_API_URL"].rstrip("/")
    key = os.environ["REFINER_API_KEY"]
    os.makedirs(args.out_dir, exist_ok=True)
    segment = {"segment_uuid": args.segment}
    contacts, contact_requests = export_listing(
        base_url, key, "contacts", segment, args.page_length, os.path.join(args.out_dir, "contacts.json"))
    responses, response_requests = export_listing(
        base_url, key, "responses", {**segment, "include": "all", "with_attributes": 1}, args.page_length,
        os.path.join(args.out_dir, "responses.json"))
    print(f"{contacts} contacts, {responses} responses, {contact_requests + response_requests} requests",
          file=sys.stderr)


if __name__ == "__main__":
    main()
