SELECT set_config('role', 'ww_owner', true)
