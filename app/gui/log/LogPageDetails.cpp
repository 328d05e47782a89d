// LogPage: the details pane of the selected attempt: what the table knows at once, then the
// whole attempt with its timeline, the message as sent, and Twilio's explanation of an error.

#include "LogPage.h"
#include "ui_LogPage.h"

#include "DeliveryLogModel.h"
#include "Icons.h"
#include "log/DeliveryLog.h"
#include "run/Outcomes.h"
#include "twilio/ExplanationMarkdown.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

namespace {

QColor statusColor(const QString &status)
{
    return DeliveryLogModel::outcomeColor(Attempt::outcomeForStatus(status));
}

QString localTime(const QDateTime &utc, bool millis)
{
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(millis ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                             : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The SID beside its caption when the field column has the room for it whole, else on a row of
// its own under the caption: a SID is never cut short.
void placeSid(QFormLayout *form, QLabel *caption, QLabel *sid, int fieldWidth)
{
    int captions = 0;
    for (int row = 0; row < form->rowCount(); ++row) {
        const QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        if (item && !item->isEmpty())
            captions = std::max(captions, item->sizeHint().width());
    }
    const bool beside
        = sid->sizeHint().width() <= fieldWidth - captions - form->horizontalSpacing();
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(sid, &row, &role);
    if (row < 0 || beside == (role == QFormLayout::FieldRole))
        return;
    form->getWidgetPosition(caption, &row, &role);
    const auto take = [form](int at) {
        const QFormLayout::TakeRowResult taken = form->takeRow(at);
        delete taken.labelItem;
        delete taken.fieldItem;
    };
    take(row); // the caption and the SID beside it, or the caption alone
    if (beside) {
        take(row); // the SID's own row
        form->insertRow(row, caption, sid);
    } else {
        form->insertRow(row, caption);
        form->insertRow(row + 1, sid);
    }
    caption->show();
    sid->show();
}

} // namespace

void LogPage::showDetails(qint64 id)
{
    m_detailsId = id;
    m_keptSelection = id;
    m_ui->logDetailsScrollArea->verticalScrollBar()->setValue(0); // another attempt: its top
    if (m_selectionHidden) {
        m_selectionHidden = false;
        m_ui->logDetailsPlaceholderLabel->setText(m_placeholderText);
    }
    // What the table already knows shows at once; the timeline and the body follow.
    const int row = m_model->rowOfId(id);
    if (const LogRow *r = m_model->rowAt(row)) {
        Attempt partial;
        partial.id = r->id;
        partial.createdAt = QDateTime::fromMSecsSinceEpoch(r->createdAtMs, Qt::UTC);
        partial.profile = r->profile;
        partial.api = Attempt::apiFromName(r->api).value_or(Attempt::Api::Messages);
        partial.source = Attempt::sourceFromName(r->source).value_or(Attempt::Source::Form);
        partial.to = r->to;
        partial.from = r->from;
        partial.status = r->status;
        partial.outcome = Attempt::outcomeFromName(r->outcome).value_or(Attempt::Outcome::Unknown);
        partial.errorCode = r->errorCode;
        partial.errorMessage = r->errorMessage;
        partial.segments = r->segments;
        partial.sid = r->sid;
        partial.body = r->body;
        fillDetails(partial);
    }
    readDetails(id);
}

void LogPage::readDetails(qint64 id)
{
    const quint64 generation = ++m_detailsGeneration;
    m_log->attempt(id, this,
                   [this, id, generation](const QList<Attempt> &attempts, const QString &error) {
                       if (generation != m_detailsGeneration)
                           return; // another row was chosen meanwhile
                       if (!error.isEmpty()) {
                           m_ui->logStatusLabel->setText(error);
                           return;
                       }
                       if (attempts.isEmpty())
                           return;
                       fillDetails(attempts.constFirst());
                       Q_EMIT detailsShown(id);
                   });
}

void LogPage::fillDetails(const Attempt &a)
{
    m_ui->logDetailsStackedWidget->setCurrentWidget(m_ui->logDetailsPage);
    showTenantChain(a.id);
    const QColor color = DeliveryLogModel::outcomeColor(a.outcome);
    QString outcome = Attempt::outcomeText(a.outcome);
    if (a.errorCode != 0)
        outcome = tr("%1 (%2)").arg(outcome).arg(a.errorCode);
    m_ui->detailOutcomeLabel->setText(outcome);
    m_ui->detailOutcomeLabel->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));

    m_ui->detailSummaryLabel->setText(Outcomes::gist(a));

    m_ui->detailTimeLabel->setText(localTime(a.createdAt, false));
    m_ui->detailProfileLabel->setText(a.profile);
    m_ui->detailToLabel->setText(a.to);
    m_ui->detailFromLabel->setText(a.from);
    //: %1 the API (SMS, Verify), %2 where the attempt came from (Run panel, CLI, ...)
    m_ui->detailApiLabel->setText(
        tr("%1 · %2").arg(DeliveryLogModel::apiText(Attempt::apiName(a.api)),
                          DeliveryLogModel::sourceText(Attempt::sourceName(a.source))));
    m_ui->detailStatusLabel->setText(Outcomes::statusText(a));
    if (a.api == Attempt::Api::Verify)
        m_ui->detailSegmentsLabel->setText(tr("set by Verify"));
    else if (a.segments > 0)
        m_ui->detailSegmentsLabel->setText(a.encoding.isEmpty()
                                               ? QString::number(a.segments)
                                               : tr("%1 (%2)").arg(a.segments).arg(a.encoding));
    else
        m_ui->detailSegmentsLabel->setText(tr("not known"));
    if (!a.price.isEmpty()) {
        QString price = a.price;
        if (price.startsWith(QLatin1Char('-')))
            price.remove(0, 1); // Twilio writes charges as negative amounts
        m_ui->detailPriceLabel->setText(QStringLiteral("%1 %2").arg(price, a.priceUnit));
    } else {
        m_ui->detailPriceLabel->setText(tr("none reported"));
    }
    m_detailsSid = a.sid;
    m_ui->detailSidLabel->setText(a.sid.isEmpty() ? tr("— (none yet)") : a.sid);
    m_ui->detailCopySidPushButton->setEnabled(!a.sid.isEmpty());

    const bool verify = a.api == Attempt::Api::Verify;
    m_ui->detailBodyPlainTextEdit->setPlainText(
        verify ? tr("(Verify sends its own text; the code is not kept.)") : a.body);

    QListWidget *timeline = m_ui->detailTimelineListWidget;
    timeline->clear();
    // A status on the attempt's day shows its time only (the day is in the Time row above), so
    // that a line fits the pane; a line still too long is elided, whole in its tooltip.
    const QDate day = a.createdAt.toLocalTime().date();
    for (const StatusTransition &t : a.timeline) {
        const QDateTime at = t.at.toLocalTime();
        const QString when = at.date() == day ? at.toString(QStringLiteral("HH:mm:ss.zzz"))
                                              : localTime(t.at, true);
        QString text = QStringLiteral("%1   %2").arg(when, t.status);
        if (t.errorCode != 0)
            text += QStringLiteral("   ") + tr("error %1").arg(t.errorCode);
        auto *item = new QListWidgetItem(Icons::dot(statusColor(t.status)), text, timeline);
        item->setData(Qt::UserRole, t.status);
        item->setToolTip(t.errorMessage.isEmpty()
                             ? localTime(t.at, true)
                             : QStringLiteral("%1\n%2").arg(localTime(t.at, true), t.errorMessage));
    }
    if (timeline->count() > 0) // as tall as its rows, so the explanation gets the room
        timeline->setFixedHeight(timeline->count() * timeline->sizeHintForRow(0)
                                 + 2 * timeline->frameWidth() + 4);
    const bool hasTimeline = !a.timeline.isEmpty();
    m_ui->detailTimelineCaptionLabel->setVisible(hasTimeline);
    timeline->setVisible(hasTimeline);

    QString markdown;
    if (a.errorCode != 0)
        markdown = ExplanationMarkdown::forCode(a.errorCode, a.errorMessage);
    else if (a.outcome == Attempt::Outcome::Unknown)
        markdown = tr("**Outcome unknown**\n\nThe console recorded the attempt before sending, "
                      "and no answer from Twilio was stored. Look for the message in Twilio's "
                      "message log (the recipient and time are above) before sending again.");
    m_ui->detailExplanationTextBrowser->setMarkdown(markdown);
    m_ui->detailExplanationTextBrowser->setVisible(!markdown.isEmpty());
}

void LogPage::fitDetails()
{
    QScrollArea *area = m_ui->logDetailsScrollArea;
    QWidget *contents = m_ui->logDetailsContentsWidget;
    const QSize room = area->maximumViewportSize(); // without a scroll bar
    const auto needed = [contents](int width) {
        // The layout's plain minimum counts a wrapped label as one line; its minimum height
        // for a width counts each at the lines it takes there.
        const int forWidth = contents->layout()->minimumHeightForWidth(width);
        return std::max(forWidth, contents->minimumSizeHint().height());
    };
    const QMargins margins = m_ui->detailsVerticalLayout->contentsMargins();
    const auto place = [this, &margins](int width) {
        placeSid(m_ui->detailsFormLayout, m_ui->detailSidCaptionLabel, m_ui->detailSidLabel,
                 width - margins.left() - margins.right());
    };
    int width = room.width();
    place(width);
    int height = needed(width);
    if (height > room.height()) { // a vertical scroll bar takes its width from the details
        width -= area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, area);
        place(width);
        height = needed(width);
    }
    contents->resize(width, std::max(height, room.height()));
}

void LogPage::copySid()
{
    if (m_detailsSid.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_detailsSid);
    m_ui->logStatusLabel->setText(tr("Copied %1 to the clipboard.").arg(m_detailsSid));
}
