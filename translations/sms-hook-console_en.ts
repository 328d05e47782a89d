<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CliApp</name>
        <message numerus="yes">
            <source>%1 needs exactly %n name(s); see sms-hook-cli --help.</source>
            <translation>
                <numerusform>%1 needs exactly %n name; see sms-hook-cli --help.</numerusform>
                <numerusform>%1 needs exactly %n names; see sms-hook-cli --help.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accepted: %1  status %2  to %3  from %4  %n segment(s) (%5)</source>
            <translation>
                <numerusform>Accepted: %1  status %2  to %3  from %4  %n segment (%5)</numerusform>
                <numerusform>Accepted: %1  status %2  to %3  from %4  %n segments (%5)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sms-hook-cli: %n input line(s) could not be read; see the "error" lines.</source>
            <translation>
                <numerusform>sms-hook-cli: %n input line could not be read; see the "error" lines.</numerusform>
                <numerusform>sms-hook-cli: %n input lines could not be read; see the "error" lines.</numerusform>
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
    </context>
</TS>
