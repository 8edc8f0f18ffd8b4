#include "queued_calls.h"

#include <QCoreApplication>
#include <QEvent>

#include <mutex>

#if defined(__SANITIZE_THREAD__)
#define PAYDECK_TSAN_ANNOTATIONS 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PAYDECK_TSAN_ANNOTATIONS 1
#endif
#endif

#ifdef PAYDECK_TSAN_ANNOTATIONS
extern "C" void __tsan_acquire(void *address);
extern "C" void __tsan_release(void *address);
#endif

namespace paydeck {

namespace {

const QEvent::Type kCallEvent = static_cast<QEvent::Type>(QEvent::registerEventType());

class CallEvent : public QEvent
{
public:
    explicit CallEvent(std::function<void()> call) : QEvent(kCallEvent), m_call(std::move(call)) {}
    void run() { m_call(); }

private:
    std::function<void()> m_call;
};

// The happens-before edge Qt's own (uninstrumented) event queue provides, told to TSan.
void publish([[maybe_unused]] QEvent *event)
{
#ifdef PAYDECK_TSAN_ANNOTATIONS
    __tsan_release(event);
#endif
}

void receive([[maybe_unused]] QEvent *event)
{
#ifdef PAYDECK_TSAN_ANNOTATIONS
    __tsan_acquire(event);
#endif
}

} // namespace

struct QueuedCalls::Poster::Mailbox
{
    std::mutex mutex;
    QueuedCalls *target = nullptr; // null once the owner is gone
};

QueuedCalls::QueuedCalls(QObject *owner) : QObject(owner)
{
    m_poster.m_mailbox = std::make_shared<Poster::Mailbox>();
    m_poster.m_mailbox->target = this;
}

QueuedCalls::~QueuedCalls()
{
    std::lock_guard lock(m_poster.m_mailbox->mutex);
    m_poster.m_mailbox->target = nullptr;
}

void QueuedCalls::Poster::operator()(std::function<void()> call) const
{
    auto *event = new CallEvent(std::move(call));
    publish(event);
    // Posted under the lock that the target's destructor takes: the target cannot be deleted
    // between the check and the post.
    std::lock_guard lock(m_mailbox->mutex);
    if (!m_mailbox->target) {
        delete event;
        return;
    }
    QCoreApplication::postEvent(m_mailbox->target, event);
}

void QueuedCalls::customEvent(QEvent *event)
{
    receive(event); // before anything of the event is read
    if (event->type() != kCallEvent)
        return;
    static_cast<CallEvent *>(event)->run();
}

} // namespace paydeck
