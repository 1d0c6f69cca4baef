/** Comparing article links: the same page behind tracking parameters, a fragment or a trailing slash. */

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|smid|taid|at_medium|at_campaign)$/i;

/** The link without fragment, tracking parameters, default port, trailing slash; host in lower case. */
export function urlKey(value: string): string {
  try {
    const u = new URL(value);
    u.hash = "";
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
    const pathName = u.pathname.replace(/\/+$/, "") || "/";
    const protocol = u.protocol === "http:" ? "https:" : u.protocol; // http and https copies are one page
    return `${protocol}//${u.host.toLowerCase().replace(/^www\./, "")}${pathName}${u.search}`;
  } catch {
    return value.trim();
  }
}

export function sameUrl(a: string, b: string): boolean {
  return urlKey(a) === urlKey(b);
}
