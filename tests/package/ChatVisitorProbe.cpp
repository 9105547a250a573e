// SPDX-License-Identifier: GPL-3.0-or-later
// A website visitor in a few lines, for checking an installed chat gateway: says hello, waits for its
// place in the queue, ends the chat. Speaks docs/chat-protocol.md by hand, not through the program's
// own protocol code, so that it checks the gateway from outside.
//   chat_visitor_probe ws://127.0.0.1:PORT/
// Prints "queue position N" and exits 0; exits 1 (saying why) when the gateway does not answer so.
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>

#include <optional>

namespace {

QString frame(const QJsonObject &fields)
{
    QJsonObject object = fields;
    object.insert(u"v"_qs, 1);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QUrl url(args.value(1), QUrl::StrictMode);
    if (args.size() != 2 || !url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss")) {
        err << "usage: chat_visitor_probe ws://HOST:PORT/\n";
        return 2;
    }
    std::optional<int> exitCode;
    const auto finish = [&](int code, const QString &message) {
        if (exitCode)
            return; // the first verdict counts
        (code == 0 ? out : err) << message << Qt::endl;
        exitCode = code;
        QCoreApplication::quit();
    };
    QWebSocket socket;
    QObject::connect(&socket, &QWebSocket::connected, &app, [&socket] {
        socket.sendTextMessage(frame({{u"type"_qs, u"hello"_qs},
                                      {u"id"_qs, u"probe-hello"_qs},
                                      {u"role"_qs, u"visitor"_qs},
                                      {u"lang"_qs, u"nl"_qs}}));
    });
    bool queued = false;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &app, [&](const QString &text) {
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = object.value(u"type").toString();
        if (type == u"error")
            finish(1, u"the gateway answered with an error: "_qs + text);
        else if (type == u"welcome")
            out << "welcome state=" << object.value(u"state").toString() << Qt::endl;
        else if (type == u"queue" && !queued) {
            queued = true;
            out << "queue position " << object.value(u"position").toInt() << Qt::endl;
            socket.sendTextMessage(frame({{u"type"_qs, u"end"_qs}, {u"id"_qs, u"probe-end"_qs}}));
        } else if (type == u"ack" && object.value(u"ack").toString() == u"probe-end")
            finish(0, u"chat ended"_qs);
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &app,
                     [&] { finish(1, u"the gateway closed the connection: "_qs + socket.closeReason()); });
    QTimer::singleShot(10'000, &app, [&] { finish(1, u"no answer from %1 within 10 s"_qs.arg(url.toString())); });
    socket.open(url);
    QCoreApplication::exec();
    socket.disconnect();
    return exitCode.value_or(1);
}
