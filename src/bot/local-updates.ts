import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";

/**
 * Builds updates shaped like Telegram's, for the terminal chat and for tests: the same
 * fields and entities (a `bot_command` entity on commands) that Telegram sends.
 */
let nextUpdateId = 1;
let nextMessageId = 1;

export const LOCAL_BOT = {
  id: 1_000_000_001,
  is_bot: true as const,
  first_name: "AI Costs Bot",
  username: "ai_costs_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
} as const;

export function privateChat(user: User): Chat.PrivateChat {
  return { id: user.id, type: "private", first_name: user.first_name };
}

/** The entities Telegram attaches to a text: a leading command and every @username mention. */
export function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const mention of text.matchAll(/(?<![\w@])@[A-Za-z0-9_]{5,32}/g)) {
    entities.push({ type: "mention", offset: mention.index, length: mention[0].length });
  }
  return entities;
}

export function textMessage(
  text: string,
  from: User | undefined,
  chat: Chat = privateChat(from as User),
  extra: Partial<Message> = {},
): Message {
  const entities = entitiesOf(text);
  return {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat,
    ...(from ? { from } : {}),
    text,
    ...(entities.length ? { entities } : {}),
    ...extra,
  };
}

export function messageUpdate(message: Message): Update {
  return { update_id: nextUpdateId++, message } as Update;
}

export function textUpdate(text: string, from: User, chat?: Chat): Update {
  return messageUpdate(textMessage(text, from, chat));
}

export function callbackUpdate(data: string, from: User, message: Message): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: { id: String(nextUpdateId), from, chat_instance: "local", data, message },
  };
}
