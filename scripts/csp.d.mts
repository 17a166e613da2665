export const CSP_META: string;
export const CSP_HEADER: string;
