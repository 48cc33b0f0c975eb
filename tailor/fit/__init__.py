"""Fit scoring (`tailor score`): how well a resume fits a posting, requirement by requirement.

Modules, one job each: `blind` (the neutralised view of a resume the scorer is limited to),
`chunks` (sentence windows of long evidence), `similarity` (requirement x chunk cosine through
the evidence index), `keywords` (whole-word skill-term matches), `years` (years of work from work
dates), `features` and `calibration` (features -> calibrated 0-5 per requirement), `lexical`
(BM25 and term coverage over a bundled IDF table), `signals` (a pair's named 0-1 signals),
`combination` (signals -> overall fit 0-100 and its drivers, fitted on dev data), `rationale`,
`baselines` (TF-IDF, keyword share), `inputs`, `scorer` (the run) and `printing` (the CLI's view).
"""
