SELECT ww_issue_chat_ticket()
