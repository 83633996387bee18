<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n engagement(s) ending within 30 days</source>
            <translation>
                <numerusform>%n engagement ending within 30 days</numerusform>
                <numerusform>%n engagements ending within 30 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s) or NDA(s) expiring</source>
            <translation>
                <numerusform>%n contract or NDA expiring</numerusform>
                <numerusform>%n contracts or NDAs expiring</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interview(s)</source>
            <translation>
                <numerusform>%n interview</numerusform>
                <numerusform>%n interviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n freelancer(s)</source>
            <translation>
                <numerusform>%n freelancer</numerusform>
                <numerusform>%n freelancers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) at most: the limit is reached.</source>
            <translation>
                <numerusform>%n character at most: the limit is reached.</numerusform>
                <numerusform>%n characters at most: the limit is reached.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) of this backup could not be put back: their copies are missing.</source>
            <translation>
                <numerusform>%n attached file of this backup could not be put back: their copies are missing.</numerusform>
                <numerusform>%n attached files of this backup could not be put back: their copies are missing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) still to sign.</source>
            <translation>
                <numerusform>%n document still to sign.</numerusform>
                <numerusform>%n documents still to sign.</numerusform>
            </translation>
        </message>
    </context>
</TS>
