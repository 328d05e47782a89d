#include "HookEditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {

// Margins, markers and indicators of the editor. Markers 25 to 31 are the fold margin's.
constexpr int LineNumberMargin = 0;
constexpr int LintMargin = 1;
constexpr int FoldMargin = 2;
constexpr int ErrorMarker = 0;
constexpr int WarningMarker = 1;
constexpr int ErrorIndicator = 8; // the first indicator free for containers (INDIC_CONTAINER)
constexpr int WarningIndicator = 9;

const QColor ErrorRed(0xd0, 0x30, 0x30);
const QColor WarningAmber(0xd9, 0x8c, 0x00);

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

// An error is a red disc with a cross, a warning an amber triangle with "!": told apart by shape,
// not only by colour.
QPixmap severityPixmap(LintIssue::Severity severity, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1, 1, size - 2, size - 2);
    if (severity == LintIssue::Severity::Error) {
        p.setPen(Qt::NoPen);
        p.setBrush(ErrorRed);
        p.drawEllipse(box);
        QPen pen(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        const qreal m = size * 0.32;
        p.drawLine(QPointF(m, m), QPointF(size - m, size - m));
        p.drawLine(QPointF(size - m, m), QPointF(m, size - m));
    } else {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top());
        triangle.lineTo(box.right(), box.bottom());
        triangle.lineTo(box.left(), box.bottom());
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(WarningAmber);
        p.drawPath(triangle);
        QPen pen(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        const qreal x = box.center().x();
        p.drawLine(QPointF(x, size * 0.40), QPointF(x, size * 0.66));
        p.drawPoint(QPointF(x, size * 0.80));
    }
    return pixmap;
}

} // namespace

HookEditor::HookEditor(QWidget *parent)
    : QsciScintilla(parent), m_lexer(new QsciLexerJavaScript(this))
{
    setUtf8(true);
    setEolMode(EolUnix);
    setLexer(m_lexer);

    // Two spaces, as Auth0's own samples are indented.
    setIndentationsUseTabs(false);
    setTabWidth(2);
    setIndentationWidth(2);
    setAutoIndent(true);
    setTabIndents(true);
    setBackspaceUnindents(true);
    setIndentationGuides(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setFolding(BoxedTreeFoldStyle, FoldMargin);
    setScrollWidthTracking(true);
    setScrollWidth(1);

    setMarginType(LineNumberMargin, NumberMargin);
    setMarginLineNumbers(LineNumberMargin, true);
    setMarginType(LintMargin, SymbolMargin);
    setMarginWidth(LintMargin, 18);
    setMarginMarkerMask(LintMargin, (1 << ErrorMarker) | (1 << WarningMarker));
    setMarginMarkerMask(LineNumberMargin, 0);
    setMarginSensitivity(LintMargin, true);

    indicatorDefine(SquiggleIndicator, ErrorIndicator);
    indicatorDefine(SquiggleIndicator, WarningIndicator);
    setIndicatorForegroundColor(ErrorRed, ErrorIndicator);
    setIndicatorForegroundColor(WarningAmber, WarningIndicator);

    // Clicking a marker puts the cursor on its line and shows what is wrong there.
    connect(this, &QsciScintilla::marginClicked, this,
            [this](int margin, int line, Qt::KeyboardModifiers) {
                if (margin != LintMargin)
                    return;
                goToLine(line + 1);
                const QString text = issuesText(line + 1);
                if (!text.isEmpty()) {
                    const int y = int(SendScintilla(SCI_POINTYFROMPOSITION, 0,
                                                    SendScintilla(SCI_POSITIONFROMLINE, line)));
                    QToolTip::showText(viewport()->mapToGlobal(QPoint(4, y + textHeight(line))),
                                       text, viewport());
                }
            });
    // Line numbers get wider as the code grows.
    connect(this, &QsciScintilla::linesChanged, this, [this] {
        setMarginWidth(LineNumberMargin, QStringLiteral("0%1").arg(qMax(99, lines())));
    });
    viewport()->installEventFilter(this);
    applyColours();
}

HookEditor::~HookEditor() = default;

void HookEditor::setDocumentText(const QString &text)
{
    setText(text);
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setModified(false);
    setCursorPosition(0, 0);
}

void HookEditor::applyColours()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_lexer->setDefaultPaper(base);
    m_lexer->setDefaultColor(text);
    m_lexer->setPaper(base, -1);
    m_lexer->setColor(text, -1);
    m_lexer->setFont(fixed, -1);
    QFont bold = fixed;
    bold.setBold(true);
    m_lexer->setFont(bold, QsciLexerJavaScript::Keyword);

    // Colours close to those of common editor themes, one set per brightness.
    struct StyleColour
    {
        int style;
        QColor light;
        QColor dark;
    };
    const StyleColour colours[] = {
        {QsciLexerJavaScript::Comment, QColor(0x6a, 0x73, 0x7d), QColor(0x8b, 0x94, 0x9e)},
        {QsciLexerJavaScript::CommentLine, QColor(0x6a, 0x73, 0x7d), QColor(0x8b, 0x94, 0x9e)},
        {QsciLexerJavaScript::CommentDoc, QColor(0x6a, 0x73, 0x7d), QColor(0x8b, 0x94, 0x9e)},
        {QsciLexerJavaScript::CommentLineDoc, QColor(0x6a, 0x73, 0x7d), QColor(0x8b, 0x94, 0x9e)},
        {QsciLexerJavaScript::CommentDocKeyword, QColor(0x59, 0x5f, 0x9e),
         QColor(0xa5, 0xb4, 0xfc)},
        {QsciLexerJavaScript::Number, QColor(0x00, 0x5c, 0xc5), QColor(0x79, 0xc0, 0xff)},
        {QsciLexerJavaScript::Keyword, QColor(0xa6, 0x26, 0xa4), QColor(0xff, 0x7b, 0x72)},
        {QsciLexerJavaScript::DoubleQuotedString, QColor(0x0a, 0x7d, 0x32),
         QColor(0xa5, 0xd6, 0xa7)},
        {QsciLexerJavaScript::SingleQuotedString, QColor(0x0a, 0x7d, 0x32),
         QColor(0xa5, 0xd6, 0xa7)},
        {QsciLexerJavaScript::UnclosedString, QColor(0x0a, 0x7d, 0x32), QColor(0xa5, 0xd6, 0xa7)},
        {QsciLexerJavaScript::Regex, QColor(0xb3, 0x4d, 0x00), QColor(0xff, 0xa6, 0x57)},
        {QsciLexerJavaScript::Operator, text, text},
        {QsciLexerJavaScript::Identifier, text, text},
    };
    for (const StyleColour &c : colours)
        m_lexer->setColor(dark ? c.dark : c.light, c.style);
    m_lexer->setPaper(dark ? QColor(0x4a, 0x1f, 0x1f) : QColor(0xff, 0xe6, 0xe6),
                      QsciLexerJavaScript::UnclosedString);

    setPaper(base);
    setColor(text);
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(mix(base, pal.color(QPalette::Highlight), dark ? 0.18 : 0.08));
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    const QColor marginBack = mix(base, pal.color(QPalette::Window), 0.6);
    setMarginsBackgroundColor(marginBack);
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    setMarginsFont(fixed);
    setFoldMarginColors(marginBack, marginBack);
    setMarkerBackgroundColor(pal.color(QPalette::PlaceholderText), -1);
    setMarkerForegroundColor(marginBack, -1);
    setIndentationGuidesBackgroundColor(base);
    setIndentationGuidesForegroundColor(mix(base, text, 0.25));
    setMatchedBraceBackgroundColor(mix(base, QColor(0x3c, 0xb3, 0x71), dark ? 0.45 : 0.30));
    setMatchedBraceForegroundColor(text);
    setUnmatchedBraceBackgroundColor(mix(base, ErrorRed, dark ? 0.5 : 0.3));
    setUnmatchedBraceForegroundColor(text);

    const qreal dpr = devicePixelRatioF();
    markerDefine(severityPixmap(LintIssue::Severity::Error, 14, dpr), ErrorMarker);
    markerDefine(severityPixmap(LintIssue::Severity::Warning, 14, dpr), WarningMarker);
    setMarginWidth(LineNumberMargin, QStringLiteral("0%1").arg(qMax(99, lines())));
    // Markers are dropped by markerDefine: put them back.
    setIssues(QList<LintIssue>(m_issues));
}

void HookEditor::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (control && (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)) {
        const bool back
            = event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier);
        // QScintilla keeps Tab for itself; the window's own focus chain moves on.
        QWidget::focusNextPrevChild(!back);
        event->accept();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void HookEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

QIcon HookEditor::severityIcon(LintIssue::Severity severity)
{
    QIcon icon;
    icon.addPixmap(severityPixmap(severity, 16, 1.0));
    icon.addPixmap(severityPixmap(severity, 16, 2.0));
    return icon;
}

void HookEditor::setIssues(const QList<LintIssue> &issues)
{
    m_issues = issues;
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(WarningMarker);
    const int length = int(SendScintilla(SCI_GETLENGTH));
    for (int indicator : {ErrorIndicator, WarningIndicator}) {
        SendScintilla(SCI_SETINDICATORCURRENT, indicator);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    }
    for (const LintIssue &issue : m_issues) {
        const int line = issue.line - 1;
        if (line < 0 || line >= lines())
            continue;
        const bool error = issue.severity == LintIssue::Severity::Error;
        markerAdd(line, error ? ErrorMarker : WarningMarker);
        if (issue.column <= 0)
            continue;
        // Underline the word at the column (or one character when it is not in a word).
        const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, line);
        const long lineEnd = SendScintilla(SCI_GETLINEENDPOSITION, line);
        long start = lineStart;
        if (issue.column > 1) {
            // SCI_POSITIONRELATIVE answers 0 when the column is past the end of the document.
            start = SendScintilla(SCI_POSITIONRELATIVE, lineStart, long(issue.column - 1));
            if (start <= lineStart)
                continue;
        }
        if (start >= lineEnd)
            continue;
        long end = SendScintilla(SCI_WORDENDPOSITION, start, 1L);
        if (end <= start)
            end = SendScintilla(SCI_POSITIONAFTER, start);
        SendScintilla(SCI_SETINDICATORCURRENT, error ? ErrorIndicator : WarningIndicator);
        SendScintilla(SCI_INDICATORFILLRANGE, start, end - start);
    }
}

QList<int> HookEditor::markedLines(LintIssue::Severity severity) const
{
    const int marker = severity == LintIssue::Severity::Error ? ErrorMarker : WarningMarker;
    QList<int> found;
    int line = 0;
    while ((line = markerFindNext(line, 1 << marker)) >= 0) {
        found << line + 1;
        ++line;
    }
    return found;
}

void HookEditor::goToLine(int line, int column)
{
    const int index = line - 1;
    if (index < 0 || index >= lines())
        return;
    int col = column - 1;
    if (col < 0)
        col = int(SendScintilla(SCI_GETLINEINDENTATION, index)); // spaces only: columns = indexes
    setCursorPosition(index, col);
    ensureLineVisible(index);
    setFocus(Qt::OtherFocusReason);
}

QString HookEditor::issuesText(int line) const
{
    QStringList parts;
    for (const LintIssue &issue : m_issues) {
        if (issue.line != line)
            continue;
        const QString severity
            = issue.severity == LintIssue::Severity::Error ? tr("Error") : tr("Warning");
        QString part = QStringLiteral("<b>%1:</b> %2").arg(severity, issue.message.toHtmlEscaped());
        if (!issue.fix.isEmpty())
            part += QStringLiteral("<br><i>%1</i> %2").arg(tr("Fix:"), issue.fix.toHtmlEscaped());
        parts << part;
    }
    return parts.join(QStringLiteral("<hr>"));
}

bool HookEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::ToolTip) {
        // Over a line with issues, in the margin or the text: what is wrong and the fix.
        auto *help = static_cast<QHelpEvent *>(event);
        const long position
            = SendScintilla(SCI_POSITIONFROMPOINT, long(help->pos().x()), long(help->pos().y()));
        const int line = int(SendScintilla(SCI_LINEFROMPOSITION, position));
        const int top = int(
            SendScintilla(SCI_POINTYFROMPOSITION, 0, SendScintilla(SCI_POSITIONFROMLINE, line)));
        const QString text = help->pos().y() >= top && help->pos().y() < top + textHeight(line)
            ? issuesText(line + 1)
            : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QsciScintilla::eventFilter(watched, event);
}
