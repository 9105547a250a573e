SELECT seq FROM chat_messages WHERE chat_id = :chat_id AND sender = :sender AND client_id = :client_id
