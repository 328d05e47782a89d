// RunPage: the "last 24 h" strip beside the profile: the profile's sends over the last day, the
// share delivered and the median queued -> delivered latency, from the delivery log. Computed
// by LogInsights on a worker thread over a read-only connection of its own, after the log has
// committed every write asked for before (so a send that just ended is counted).

#include "RunPage.h"
#include "ui_RunPage.h"

#include "log/DeliveryLog.h"
#include "log/LogInsights.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QtConcurrent>

namespace {

struct LastDay
{
    bool ok = false;
    QString error;
    LogInsights::Summary summary;
};

QString latencyText(qint64 ms)
{
    if (ms < 1000)
        return RunPage::tr("%1 ms").arg(ms);
    return RunPage::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

} // namespace

void RunPage::setUpLastDay()
{
    m_lastDayLabel = new QLabel(this);
    m_lastDayLabel->setObjectName(QStringLiteral("runLastDayLabel"));
    m_lastDayLabel->setForegroundRole(QPalette::PlaceholderText);
    m_lastDayLabel->setAccessibleName(tr("Last 24 hours"));
    m_lastDayLabel->setToolTip(tr("The profile's attempts in the delivery log over the last 24 "
                                  "hours: how many, the share delivered, and the median time "
                                  "from queued to delivered"));
    m_lastDayLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int at = m_ui->headerHorizontalLayout->indexOf(m_ui->profileNameLabel);
    m_ui->headerHorizontalLayout->insertSpacing(at + 1, 18);
    m_ui->headerHorizontalLayout->insertWidget(at + 2, m_lastDayLabel);
    m_lastDayLabel->hide(); // until there is a log and a profile
}

void RunPage::refreshLastDay()
{
    const quint64 generation = ++m_lastDayGeneration;
    if (!m_deliveryLog || m_profile.name.isEmpty()) {
        m_lastDayLabel->hide();
        return;
    }
    const QString path = m_deliveryLog->path();
    const QString profile = m_profile.name;
    m_deliveryLog->flush(this, [this, generation, path, profile](const QString &) {
        if (generation != m_lastDayGeneration)
            return;
        LogFilter filter;
        filter.profile = profile;
        filter.since = QDateTime::currentDateTimeUtc().addDays(-1);
        auto *watcher = new QFutureWatcher<LastDay>(this);
        connect(watcher, &QFutureWatcher<LastDay>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_lastDayGeneration)
                return;
            const LastDay answer = watcher->result();
            const LogInsights::Summary &s = answer.summary;
            if (!answer.ok) {
                m_lastDayLabel->setText(tr("Last 24 h: not known (%1)").arg(answer.error));
            } else if (s.sends == 0) {
                m_lastDayLabel->setText(tr("Last 24 h: no sends"));
            } else {
                //: %n sends, %1 the share delivered, %2 the median latency (or a dash)
                m_lastDayLabel->setText(
                    tr("Last 24 h: %n send(s) · %1 delivered · median %2", nullptr, s.sends)
                        .arg(QLocale().toString(100.0 * s.deliveredRate(), 'f', 0)
                                 + QStringLiteral(" %"),
                             s.medianLatencyMs < 0 ? QStringLiteral("–")
                                                   : latencyText(s.medianLatencyMs)));
            }
            m_lastDayLabel->show();
            Q_EMIT lastDayShown();
        });
        watcher->setFuture(QtConcurrent::run([path, filter] {
            LastDay answer;
            answer.ok = LogInsights::summaryFromFile(path, filter, &answer.summary, &answer.error);
            return answer;
        }));
    });
}
