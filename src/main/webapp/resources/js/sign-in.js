// The sign-in form sends the admin back to the page they asked for: the portal put it in ?next=
// and checks it again when the form is posted (ReturnPath), so it can only be an admin page here.
(function () {
  "use strict";
  var next = new URLSearchParams(window.location.search).get("next");
  var field = document.getElementById("next");
  if (next && field) { field.value = next; }
}());
