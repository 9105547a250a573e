-- SPDX-License-Identifier: GPL-3.0-or-later
-- The chat gateway opens chat cases in the newest published tree, as the desks use it: otherwise a
-- visitor's path from a page exported from that version would not continue in the agent's tree. The
-- gateway reads which versions there are (and, through the trees policy of 008, their trees); it still
-- publishes nothing.
ALTER POLICY reference_read ON public.tree_versions TO ww_agent, ww_supervisor, ww_admin, ww_editor, ww_gateway;
GRANT SELECT ON public.tree_versions TO ww_gateway;
