/**
 * Where the quick exit goes: BBC Weather, as GOV.UK's "Exit this page" (research/anchors.md 1.1). It is
 * neutral, shows nothing personalised, and loads fast. The link carries rel="nofollow noreferrer" so the
 * weather site is not told which page the reader left.
 */
export const quickExitUrl = 'https://www.bbc.co.uk/weather';
