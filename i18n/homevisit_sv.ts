<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Caseload</name>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>%1%2 — %3 — next visit due %4</source>
        <translation>%1%2 — %3 — nästa besök senast %4</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <location filename="../qml/Main.qml" line="23"/>
        <source>Hembesök</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>%1 children in the caseload of %2</source>
        <translation>%1 barn i ärendelistan för %2</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="66"/>
        <source>The PIN needs at least 6 digits.</source>
        <translation>PIN-koden behöver minst 6 siffror.</translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="68"/>
        <source>The PIN can be at most 64 characters.</source>
        <translation>PIN-koden får vara högst 64 tecken.</translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="70"/>
        <source>That PIN is one of the most common ones. Choose one that is hard to guess.</source>
        <translation>Den PIN-koden är en av de vanligaste. Välj en som är svår att gissa.</translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="74"/>
        <source>A run of digits such as 345678 is easy to guess. Choose another PIN.</source>
        <translation>En sifferföljd som 345678 är lätt att gissa. Välj en annan PIN-kod.</translation>
    </message>
</context>
<context>
    <name>RuleViolation</name>
    <message>
        <location filename="../app/domain/records.cpp" line="31"/>
        <source>Choose the child the visit concerns.</source>
        <translation>Välj vilket barn besöket gäller.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="33"/>
        <source>Enter when the visit started.</source>
        <translation>Fyll i när besöket började.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="35"/>
        <source>Answer whether the child was told why the visit happens and what will be written down.</source>
        <translation>Svara på om barnet fick veta varför besöket görs och vad som kommer att skrivas ner.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="40"/>
        <source>Answer whether you spoke with the child alone.</source>
        <translation>Svara på om du pratade enskilt med barnet.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="43"/>
        <source>Choose the foster home the session concerns.</source>
        <translation>Välj vilket familjehem handledningen gäller.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="46"/>
        <source>Enter the date of the session.</source>
        <translation>Fyll i datum för handledningen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="48"/>
        <source>Name at least one participant.</source>
        <translation>Skriv in minst en deltagare.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="50"/>
        <source>Choose at least one form of support given.</source>
        <translation>Välj minst en stödform som familjen fick.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="53"/>
        <source>Choose the signed record this concerns.</source>
        <translation>Välj den signerade anteckning som det här gäller.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="56"/>
        <source>Write the correction.</source>
        <translation>Skriv rättelsen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="58"/>
        <source>Choose whether to sign off, return or comment.</source>
        <translation>Välj om du vill kvittera, skicka tillbaka för komplettering eller kommentera.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="60"/>
        <source>Fill in this field before signing.</source>
        <translation>Fyll i det här fältet innan du signerar.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="66"/>
        <source>This is not a valid record id.</source>
        <translation>Det här är inget giltigt id.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="68"/>
        <source>Enter the time as date, time and UTC offset, such as 2026-11-20T14:00:00+01:00.</source>
        <translation>Skriv tiden som datum, klockslag och UTC-förskjutning, till exempel 2026-11-20T14:00:00+01:00.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="72"/>
        <source>A view topic&apos;s key may only have lowercase letters a-z and underscores, at most 40.</source>
        <translation>Ett ämnes nyckel får bara ha små bokstäver a–z och understreck, högst 40 tecken.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="75"/>
        <source>Enter the date as year-month-day, such as 2026-11-20.</source>
        <translation>Skriv datumet som år-månad-dag, till exempel 2026-11-20.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="90"/>
        <source>This field is not part of the record format.</source>
        <translation>Det här fältet ingår inte i anteckningens format.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="93"/>
        <source>This field holds the wrong kind of value.</source>
        <translation>Det här fältet har fel sorts värde.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="96"/>
        <source>This value is not one of the allowed choices.</source>
        <translation>Värdet är inte ett av de tillåtna alternativen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="101"/>
        <source>This list has too many entries.</source>
        <translation>Listan har för många rader.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="102"/>
        <source>This text is too long: at most 100000 characters.</source>
        <translation>Texten är för lång: högst 100&#xa0;000 tecken.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="110"/>
        <source>Choose why the child was not spoken with alone.</source>
        <translation>Välj varför du inte pratade enskilt med barnet.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="113"/>
        <source>Explain in words why the child was not spoken with alone.</source>
        <translation>Beskriv med egna ord varför du inte pratade enskilt med barnet.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="116"/>
        <source>The child was spoken with alone, so remove the reason for not doing so.</source>
        <translation>Du har svarat att du pratade enskilt med barnet. Ta då bort skälet till att det inte blev så.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="120"/>
        <source>Record the child&apos;s views on %1, or mark the topic as not discussed.</source>
        <translation>Skriv barnets synpunkter om %1 eller markera att ni inte pratade om det.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="125"/>
        <source>Write down the child&apos;s own words on %1.</source>
        <translation>Skriv ner barnets egna ord om %1.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="129"/>
        <source>&quot;%1&quot; is not one of the municipality&apos;s view topics.</source>
        <translation>”%1” finns inte bland kommunens samtalsämnen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="133"/>
        <source>Describe the concern: the child did not say they feel safe.</source>
        <translation>Beskriv din oro: barnet sa inte att det känner sig tryggt.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="135"/>
        <source>Describe the other method used.</source>
        <translation>Beskriv den andra metoden som ni använde.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="219"/>
        <source>The end time is before the start time.</source>
        <translation>Sluttiden ligger före starttiden.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="224"/>
        <source>Write a comment saying what should be completed or noted.</source>
        <translation>Skriv en kommentar om vad som behöver kompletteras eller uppmärksammas.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="226"/>
        <source>This field breaks a record rule.</source>
        <translation>Det här fältet följer inte reglerna för anteckningen.</translation>
    </message>
</context>
<context>
    <name>ViewTopic</name>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="105"/>
        <source>living in the foster home</source>
        <translation>att bo i familjehemmet</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="107"/>
        <source>safety</source>
        <translation>trygghet</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="109"/>
        <source>school or preschool</source>
        <translation>skola eller förskola</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="111"/>
        <source>health</source>
        <translation>hälsa</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="113"/>
        <source>leisure and friends</source>
        <translation>fritid och vänner</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="115"/>
        <source>contact with parents and siblings</source>
        <translation>umgänge med föräldrar och syskon</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="117"/>
        <source>wishes for the future</source>
        <translation>önskningar inför framtiden</translation>
    </message>
</context>
</TS>
