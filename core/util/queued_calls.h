#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace paydeck {

/// Calls run on an object's thread after the events already queued there, like
/// `QMetaObject::invokeMethod(owner, call, Qt::QueuedConnection)`, but with the hand-over from
/// the posting thread to the owner's thread visible to ThreadSanitizer.
///
/// Why not invokeMethod: Qt from Debian is not built with TSan, so the mutex that orders a
/// posted event is invisible to it, and Qt's inline templates move the call into its slot object
/// after anything we could mark before the call — every queued call looked like a race. Here the
/// event is built in Paydeck's code, released before it is posted and acquired when it is run,
/// so a real race in what the call captures would still be reported.
class QueuedCalls : public QObject
{
public:
    /// A child of `owner`: it lives in the owner's thread, moves with it and dies with it
    /// (calls still queued then are dropped, as Qt drops a dead receiver's events).
    explicit QueuedCalls(QObject *owner);
    ~QueuedCalls() override;

    /// Posts calls from any thread, also after the owner is gone (they are dropped then): what
    /// a worker keeps instead of a pointer to an object another thread may delete meanwhile.
    class Poster
    {
    public:
        void operator()(std::function<void()> call) const;

    private:
        friend class QueuedCalls;
        struct Mailbox;
        std::shared_ptr<Mailbox> m_mailbox;
    };
    Poster poster() const { return m_poster; }
    /// Runs `call` on the owner's thread. Safe from any thread.
    void post(std::function<void()> call) const { m_poster(std::move(call)); }

protected:
    void customEvent(QEvent *event) override;

private:
    Poster m_poster;
};

} // namespace paydeck
