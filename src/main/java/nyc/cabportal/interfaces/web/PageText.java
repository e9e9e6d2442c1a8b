package nyc.cabportal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The rider's texts in the language Faces chose for this page (faces-config's locales, from the
 * browser's {@code Accept-Language}), for the beans behind the pages and, as JSON, for the pages'
 * scripts ({@code #{pageText.script}}).
 */
@Named
@RequestScoped
public class PageText {

  private RiderText text;

  public RiderText text() {
    if (text == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale locale =
          faces != null && faces.getViewRoot() != null
              ? faces.getViewRoot().getLocale()
              : Locale.ENGLISH;
      text = RiderText.of(locale);
    }
    return text;
  }

  /** The scripts' texts, for a {@code data-text} attribute. */
  public String getScript() {
    return text().scriptJson();
  }
}
