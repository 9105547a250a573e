SELECT public.ww_may_publish_tree()
