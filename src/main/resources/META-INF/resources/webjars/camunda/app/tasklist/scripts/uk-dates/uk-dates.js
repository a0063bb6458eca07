/*
 * carepath: dates on Camunda Forms follow the UK (day/month/year) whatever the browser's language.
 * The forms' date picker takes its format from the browser's default locale
 * (Intl.DateTimeFormat("default")); this makes that default British English, and leaves every
 * explicitly named locale alone.
 */
(function () {
  var Native = Intl.DateTimeFormat;
  if (Native.carepathUkDates) {
    return;
  }
  function UkDateTimeFormat(locales, options) {
    var chosen = (locales === undefined || locales === 'default') ? 'en-GB' : locales;
    return new Native(chosen, options);
  }
  UkDateTimeFormat.prototype = Native.prototype;
  UkDateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  UkDateTimeFormat.carepathUkDates = true;
  Intl.DateTimeFormat = UkDateTimeFormat;
})();
