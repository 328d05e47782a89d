<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDeployJob</name>
    <message numerus="yes">
        <source>Lint found %n error(s); fix them before deploying: %1</source>
        <translation>
            <numerusform>Lint found %n error; fix them before deploying: %1</numerusform>
            <numerusform>Lint found %n errors; fix them before deploying: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %2 Actions; the code reads %n secret(s), all in the keychain.</source>
        <translation>
            <numerusform>%1 runs %2 Actions; the code reads %n secret, all in the keychain.</numerusform>
            <numerusform>%1 runs %2 Actions; the code reads %n secrets, all in the keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created &quot;%1&quot; with %n secret(s).</source>
        <translation>
            <numerusform>Created &quot;%1&quot; with %n secret.</numerusform>
            <numerusform>Created &quot;%1&quot; with %n secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated &quot;%1&quot; with %n secret(s).</source>
        <translation>
            <numerusform>Updated &quot;%1&quot; with %n secret.</numerusform>
            <numerusform>Updated &quot;%1&quot; with %n secrets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTestJob</name>
    <message numerus="yes">
        <source>The draft of &quot;%1&quot; was still %2 after %n second(s); try again later.</source>
        <translation>
            <numerusform>The draft of &quot;%1&quot; was still %2 after %n second; try again later.</numerusform>
            <numerusform>The draft of &quot;%1&quot; was still %2 after %n seconds; try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth0Error</name>
    <message numerus="yes">
        <source>in %n second(s) (at %1)</source>
        <translation>
            <numerusform>in %n second (at %1)</numerusform>
            <numerusform>in %n seconds (at %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth0Reply</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempt(s).</source>
        <translation>
            <numerusform>Done after %n attempt.</numerusform>
            <numerusform>Done after %n attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 after %2 ms (%n byte(s))</source>
        <translation>
            <numerusform>HTTP %1 after %2 ms (%n byte)</numerusform>
            <numerusform>HTTP %1 after %2 ms (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckJudge</name>
    <message numerus="yes">
        <source>All %n secret(s) the hook code reads are set and well-formed.</source>
        <translation>
            <numerusform>The %n secret the hook code reads is set and well-formed.</numerusform>
            <numerusform>All %n secrets the hook code reads are set and well-formed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warning(s))</source>
        <translation>
            <numerusform>%1 (%n warning)</numerusform>
            <numerusform>%1 (%n warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistReport</name>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check by hand</source>
        <translation>
            <numerusform>%n to check by hand</numerusform>
            <numerusform>%n to check by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>Accepted: %1  status %2  to %3  from %4  %n segment(s) (%5)</source>
        <translation>
            <numerusform>Accepted: %1  status %2  to %3  from %4  %n segment (%5)</numerusform>
            <numerusform>Accepted: %1  status %2  to %3  from %4  %n segments (%5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sms-hook-cli: %n input line(s) could not be read; see the &quot;error&quot; lines.</source>
        <translation>
            <numerusform>sms-hook-cli: %n input line could not be read; see the &quot;error&quot; lines.</numerusform>
            <numerusform>sms-hook-cli: %n input lines could not be read; see the &quot;error&quot; lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1.</source>
        <translation>
            <numerusform>%n error in %1.</numerusform>
            <numerusform>%n errors in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sync cancelled after %n page(s).</source>
        <translation>
            <numerusform>sync cancelled after %n page.</numerusform>
            <numerusform>sync cancelled after %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--%1 is given %n time(s) (%2); give it once (an option that takes several values takes them separated by commas).</source>
        <translation>
            <numerusform>--%1 is given %n time (%2); give it once (an option that takes several values takes them separated by commas).</numerusform>
            <numerusform>--%1 is given %n times (%2); give it once (an option that takes several values takes them separated by commas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to a %2 Action: %n part(s) left to convert by hand (TODO(convert) comments).</source>
        <translation>
            <numerusform>Converted %1 to a %2 Action: %n part left to convert by hand (TODO(convert) comments).</numerusform>
            <numerusform>Converted %1 to a %2 Action: %n parts left to convert by hand (TODO(convert) comments).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first day to read (YYYY-MM-DD, UTC). Without it: continue the last sync, or the last %n day(s).</source>
        <translation>
            <numerusform>The first day to read (YYYY-MM-DD, UTC). Without it: continue the last sync, or the last %n day.</numerusform>
            <numerusform>The first day to read (YYYY-MM-DD, UTC). Without it: continue the last sync, or the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertToAction</name>
    <message numerus="yes">
        <source>The hook is now a %1 Action, but %n part(s) could not be converted: they are marked TODO(convert) in the code and listed under Problems.</source>
        <translation>
            <numerusform>The hook is now a %1 Action, but %n part could not be converted: it is marked TODO(convert) in the code and listed under Problems.</numerusform>
            <numerusform>The hook is now a %1 Action, but %n parts could not be converted: they are marked TODO(convert) in the code and listed under Problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryTracker</name>
    <message numerus="yes">
        <source>The delivery status could not be read (%1 of %n tries): %2 Polling again in %3 s.</source>
        <extracomment>%1 failed polls so far, %n the most before giving up, %2 why, %3 seconds</extracomment>
        <translation>
            <numerusform>The delivery status could not be read (%1 of %n try): %2 Polling again in %3 s.</numerusform>
            <numerusform>The delivery status could not be read (%1 of %n tries): %2 Polling again in %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HookLint</name>
    <message numerus="yes">
        <source>The exported function takes %n parameter(s); Auth0 calls it with 4.</source>
        <translation>
            <numerusform>The exported function takes %n parameter; Auth0 calls it with 4.</numerusform>
            <numerusform>The exported function takes %n parameters; Auth0 calls it with 4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The handler takes %n parameter(s); Auth0 passes two, event and api, and no callback.</source>
        <translation>
            <numerusform>The handler takes %n parameter; Auth0 passes two, event and api, and no callback.</numerusform>
            <numerusform>The handler takes %n parameters; Auth0 passes two, event and api, and no callback.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HookPage</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running in Node… (stopped after %n s)</source>
        <translation>
            <numerusform>Running in Node… (stopped after %n s)</numerusform>
            <numerusform>Running in Node… (stopped after %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ms · Node %2 · %n Twilio request(s)</source>
        <extracomment>%1 milliseconds, %2 Node&apos;s version, %n Twilio requests</extracomment>
        <translation>
            <numerusform>%1 ms · Node %2 · %n Twilio request</numerusform>
            <numerusform>%1 ms · Node %2 · %n Twilio requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HookRunOutcome</name>
    <message numerus="yes">
        <source>The run was stopped: it wrote more than %1 kB to %2. The first %1 kB are shown; %n more byte(s) were counted and dropped. Look for a log line in a loop (Auth0 keeps only 256 characters of an Action&apos;s console output).</source>
        <translation>
            <numerusform>The run was stopped: it wrote more than %1 kB to %2. The first %1 kB are shown; %n more byte was counted and dropped. Look for a log line in a loop (Auth0 keeps only 256 characters of an Action&apos;s console output).</numerusform>
            <numerusform>The run was stopped: it wrote more than %1 kB to %2. The first %1 kB are shown; %n more bytes were counted and dropped. Look for a log line in a loop (Auth0 keeps only 256 characters of an Action&apos;s console output).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message numerus="yes">
        <source>Sends and failures by country (the %n with the most sends)</source>
        <translation>
            <numerusform>Sends and failures by country (the one with the most sends)</numerusform>
            <numerusform>Sends and failures by country (the %n with the most sends)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the newest %n)</source>
        <translation>
            <numerusform>(the newest)</numerusform>
            <numerusform>(the newest %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failures by error code (the %n most frequent)</source>
        <translation>
            <numerusform>Failures by error code (the most frequent)</numerusform>
            <numerusform>Failures by error code (the %n most frequent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in %1 bars: %2 delivered, %3 undelivered, %4 failed, %5 not sent, %6 pending.</source>
        <extracomment>%1 buckets (hours, days), %2..%6 counts</extracomment>
        <translation>
            <numerusform>%n attempt in %1 bars: %2 delivered, %3 undelivered, %4 failed, %5 not sent, %6 pending.</numerusform>
            <numerusform>%n attempts in %1 bars: %2 delivered, %3 undelivered, %4 failed, %5 not sent, %6 pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered attempt(s) with a latency; median %1, 95th percentile %2.</source>
        <translation>
            <numerusform>%n delivered attempt with a latency; median %1, 95th percentile %2.</numerusform>
            <numerusform>%n delivered attempts with a latency; median %1, 95th percentile %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error code(s); the most frequent is %1 with %2 failures.</source>
        <translation>
            <numerusform>%n error code; the most frequent is %1 with %2 failures.</numerusform>
            <numerusform>%n error codes; the most frequent is %1 with %2 failures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country calling code(s); the most sends go to %1: %2 sends, %3 failed.</source>
        <translation>
            <numerusform>%n country calling code; the most sends go to %1: %2 sends, %3 failed.</numerusform>
            <numerusform>%n country calling codes; the most sends go to %1: %2 sends, %3 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No latency to chart: no delivered attempt among the %n shown has its queued and delivered times recorded. It shows once a message&apos;s delivery receipt is in; widen the filters to include delivered attempts.</source>
        <extracomment>%n the attempts the filters select</extracomment>
        <translation>
            <numerusform>No latency to chart: no delivered attempt among the %n shown has its queued and delivered times recorded. It shows once a message&apos;s delivery receipt is in; widen the filters to include delivered attempts.</numerusform>
            <numerusform>No latency to chart: no delivered attempt among the %n shown has its queued and delivered times recorded. It shows once a message&apos;s delivery receipt is in; widen the filters to include delivered attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures among the %n attempt(s) shown: nothing to fix here.</source>
        <translation>
            <numerusform>No failures among the %n attempt shown: nothing to fix here.</numerusform>
            <numerusform>No failures among the %n attempts shown: nothing to fix here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to chart for the %n attempt(s) shown.</source>
        <translation>
            <numerusform>Nothing to chart for the %n attempt shown.</numerusform>
            <numerusform>Nothing to chart for the %n attempts shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n attempt(s) shown has a delivery latency.</source>
        <translation>
            <numerusform>None of the %n attempt shown has a delivery latency.</numerusform>
            <numerusform>None of the %n attempts shown has a delivery latency.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures among the %n attempt(s) shown.</source>
        <translation>
            <numerusform>No failures among the %n attempt shown.</numerusform>
            <numerusform>No failures among the %n attempts shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 did not answer within %n second</numerusform>
            <numerusform>%1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineDiff</name>
    <message numerus="yes">
        <source>... %n more changed line(s) not shown</source>
        <translation>
            <numerusform>... %n more changed line not shown</numerusform>
            <numerusform>... %n more changed lines not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message numerus="yes">
        <source>Export cancelled after %n row(s).</source>
        <translation>
            <numerusform>Export cancelled after %n row.</numerusform>
            <numerusform>Export cancelled after %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1.</source>
        <translation>
            <numerusform>Exported %n attempt to %1.</numerusform>
            <numerusform>Exported %n attempts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) read are kept; run again to continue where it stopped.</source>
        <translation>
            <numerusform>The %n page read is kept; run again to continue where it stopped.</numerusform>
            <numerusform>The %n pages read are kept; run again to continue where it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln attempt(s) written</source>
        <translation>
            <numerusform>Exporting… %Ln attempt written</numerusform>
            <numerusform>Exporting… %Ln attempts written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln attempt(s)</source>
        <extracomment>%1 attempts that match the filters, %n all attempts in the log</extracomment>
        <translation>
            <numerusform>%1 of %Ln attempt</numerusform>
            <numerusform>%1 of %Ln attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MfaTestJob</name>
    <message numerus="yes">
        <source>No code was typed within %n second(s) of the text being sent.</source>
        <translation>
            <numerusform>No code was typed within %n second of the text being sent.</numerusform>
            <numerusform>No code was typed within %n seconds of the text being sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message numerus="yes">
        <source>Profile name: at most %n character(s).</source>
        <translation>
            <numerusform>Profile name: at most %n character.</numerusform>
            <numerusform>Profile name: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>Last 24 h: %n send(s) · %1 delivered · median %2</source>
        <extracomment>%n sends, %1 the share delivered, %2 the median latency (or a dash)</extracomment>
        <translation>
            <numerusform>Last 24 h: %n send · %1 delivered · median %2</numerusform>
            <numerusform>Last 24 h: %n sends · %1 delivered · median %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message numerus="yes">
        <source>Secret name: at most %n character(s); shorten the name.</source>
        <translation>
            <numerusform>Secret name: at most %n character; shorten the name.</numerusform>
            <numerusform>Secret name: at most %n characters; shorten the name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n character(s).</source>
        <translation>
            <numerusform>%1: at most %n character.</numerusform>
            <numerusform>%1: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: expected 32 hex digits, as shown (after Show) under Account Info in the Twilio Console. This value has %n character(s).</source>
        <translation>
            <numerusform>%1: expected 32 hex digits, as shown (after Show) under Account Info in the Twilio Console. This value has %n character.</numerusform>
            <numerusform>%1: expected 32 hex digits, as shown (after Show) under Account Info in the Twilio Console. This value has %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A hook holds at most %1 secrets; delete %n of them.</source>
        <translation>
            <numerusform>A hook holds at most %1 secrets; delete %n of them.</numerusform>
            <numerusform>A hook holds at most %1 secrets; delete %n of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretsPage</name>
    <message numerus="yes">
        <source>A hook holds at most %n secret(s).</source>
        <translation>
            <numerusform>A hook holds at most %n secret.</numerusform>
            <numerusform>A hook holds at most %n secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) set</source>
        <translation>
            <numerusform>%n secret set</numerusform>
            <numerusform>%n secrets set</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentCalculator</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in this segment</source>
        <translation>
            <numerusform>%n character left in this segment</numerusform>
            <numerusform>%n characters left in this segment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message numerus="yes">
        <source>No delivery receipt within %n second(s); many carriers send none. Ask the recipient whether it arrived.</source>
        <translation>
            <numerusform>No delivery receipt within %n second; many carriers send none. Ask the recipient whether it arrived.</numerusform>
            <numerusform>No delivery receipt within %n seconds; many carriers send none. Ask the recipient whether it arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message: Twilio accepts at most %1 characters (error 21617); this text has %n. Shorten it.</source>
        <translation>
            <numerusform>Message: Twilio accepts at most %1 characters (error 21617); this text has %n. Shorten it.</numerusform>
            <numerusform>Message: Twilio accepts at most %1 characters (error 21617); this text has %n. Shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code: Verify takes a custom code of %1 to %2 characters; this one has %n.</source>
        <translation>
            <numerusform>Code: Verify takes a custom code of %1 to %2 characters; this one has %n.</numerusform>
            <numerusform>Code: Verify takes a custom code of %1 to %2 characters; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n message imported</numerusform>
            <numerusform>%n messages imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n new event</numerusform>
            <numerusform>%n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with local sends</source>
        <translation>
            <numerusform>%n merged with local sends</numerusform>
            <numerusform>%n merged with local sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to a Twilio message</source>
        <translation>
            <numerusform>%n matched to a Twilio message</numerusform>
            <numerusform>%n matched to Twilio messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s); run again to continue where it stopped.</source>
        <translation>
            <numerusform>Stopped after %n page; run again to continue where it stopped.</numerusform>
            <numerusform>Stopped after %n pages; run again to continue where it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantJudge</name>
    <message numerus="yes">
        <source>Connected; %n feature(s) blocked by missing scopes.</source>
        <translation>
            <numerusform>Connected; %n feature blocked by missing scopes.</numerusform>
            <numerusform>Connected; %n features blocked by missing scopes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Actions are bound to %1; each message runs them in order.</source>
        <translation>
            <numerusform>%n Action is bound to %1.</numerusform>
            <numerusform>%n Actions are bound to %1; each message runs them in order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Send Phone Message hook(s) still listed; Auth0 stopped running hooks on 2026-11-18, so only the Action sends.</source>
        <translation>
            <numerusform>%n Send Phone Message hook still listed; Auth0 stopped running hooks on 2026-11-18, so only the Action sends.</numerusform>
            <numerusform>%n Send Phone Message hooks still listed; Auth0 stopped running hooks on 2026-11-18, so only the Action sends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantLogPanel</name>
    <message numerus="yes">
        <source>the newest %Ln</source>
        <translation>
            <numerusform>the newest %Ln</numerusform>
            <numerusform>the newest %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chain(s)</source>
        <translation>
            <numerusform>%Ln chain</numerusform>
            <numerusform>%Ln chains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantStatus</name>
    <message numerus="yes">
        <source>%1 would not send MFA text messages through this profile&apos;s Action: %n thing(s) to fix (%2).</source>
        <translation>
            <numerusform>%1 would not send MFA text messages through this profile&apos;s Action: %n thing to fix (%2).</numerusform>
            <numerusform>%1 would not send MFA text messages through this profile&apos;s Action: %n things to fix (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwilioReply</name>
    <message numerus="yes">
        <source>HTTP %1 after %2 ms (%n byte(s))</source>
        <translation>
            <numerusform>HTTP %1 after %2 ms (%n byte)</numerusform>
            <numerusform>HTTP %1 after %2 ms (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempt(s).</source>
        <translation>
            <numerusform>Done after %n attempt.</numerusform>
            <numerusform>Done after %n attempts.</numerusform>
        </translation>
    </message>
</context>
</TS>
