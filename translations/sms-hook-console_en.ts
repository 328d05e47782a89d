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
</TS>
