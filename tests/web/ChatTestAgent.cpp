// SPDX-License-Identifier: GPL-3.0-or-later
// A real agent for the widget's end-to-end test: logs in with a ticket, accepts the first chat,
// answers every visitor message with "Ontvangen: TEXT", and reports what it sees on stdout, the phone
// system's calls included ("call call-offered CALL queue=Q menu=1,2 lang=nl number=no").
//   chat_test_agent --url ws://127.0.0.1:PORT/ --db sqlite:///PATH --name NAME
#include "chat/ChatAgentClient.h"
#include "chat/ChatStore.h"
#include "chat/ChatTickets.h"
#include "chat/TelephonyFrames.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

using namespace ww;
using namespace ww::chat;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const QString &name) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(option(u"--db"_qs), &error);
    if (!url) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    std::unique_ptr<Database> database = Database::open(*url);
    const QString name = option(u"--name"_qs);
    ChatAgentClient client(QUrl(option(u"--url"_qs)),
                           [&database, &name] { return ChatTickets(*database).issue(name); });
    client.setReconnectDelay(200);

    QTextStream out(stdout);
    const auto report = [&out](const QString &line) { out << line << Qt::endl; };
    QSet<QUuid> accepted;
    QObject::connect(&client, &ChatAgentClient::ready, &app,
                     [&](const QString &agent) { report(u"ready "_qs + agent); });
    QObject::connect(&client, &ChatAgentClient::queueChanged, &app, [&](const QList<ChatQueueEntry> &queue) {
        report(u"queue %1"_qs.arg(queue.size()));
        if (!queue.isEmpty() && !accepted.contains(queue.first().chat)) {
            accepted.insert(queue.first().chat);
            client.accept(queue.first().chat);
        }
    });
    QObject::connect(&client, &ChatAgentClient::chatAssigned, &app, [&](const ChatAssignment &chat) {
        report(u"assigned tree=%1 path=%2"_qs.arg(chat.treeIdentity, chat.treePath.join(u',')));
    });
    QObject::connect(&client, &ChatAgentClient::messageReceived, &app, [&](const ChatIncomingMessage &message) {
        report(u"message %1 %2"_qs.arg(message.from, message.text));
        if (message.from == u"visitor")
            client.sendMessage(message.chat, u"Ontvangen: "_qs + message.text);
    });
    QObject::connect(&client, &ChatAgentClient::chatEnded, &app,
                     [&](const QUuid &, const QString &reason) { report(u"ended "_qs + reason); });
    QObject::connect(&client, &ChatAgentClient::errorReceived, &app,
                     [&](const QString &code, const QString &, const QString &) { report(u"error "_qs + code); });
    QObject::connect(&client, &ChatAgentClient::callFrameReceived, &app, [&](const QJsonObject &frame) {
        const std::optional<CallEvent> event = TelephonyFrames::parseForDesk(frame, QDateTime::currentDateTimeUtc());
        if (!event) {
            report(u"call (not in its documented form)"_qs);
            return;
        }
        const CallOffer &offer = event->offer;
        switch (event->kind) {
        case CallEvent::Kind::Offered:
            report(u"call call-offered %1 queue=%2 menu=%3 lang=%4 number=%5"_qs.arg(
                    offer.call, offer.queue, offer.menu.join(u','), offer.lang,
                    offer.callerNumber.isEmpty() ? u"no"_qs : u"yes"_qs));
            break;
        case CallEvent::Kind::Answered:
            report(u"call call-answered "_qs + event->call);
            break;
        case CallEvent::Kind::Ended:
            report(u"call call-ended "_qs + event->call);
            break;
        }
    });
    client.open();
    return QCoreApplication::exec();
}
