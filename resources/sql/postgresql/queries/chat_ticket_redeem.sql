SELECT ww_redeem_chat_ticket(CAST(:ticket AS text))
