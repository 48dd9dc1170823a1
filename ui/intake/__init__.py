"""The intake interview in the PI: checklist per domain, triage and the plan of approach."""
