// Shared by the report writers: lookups by id, and the HTML page.
#ifndef CORROBORATE_REPORT_REPORT_INTERNAL_H_
#define CORROBORATE_REPORT_REPORT_INTERNAL_H_

#include <map>
#include <string>

#include "corroborate/document.h"

namespace corroborate {

// Id lookups over a Report (pointers into it; the Report must outlive the index).
class ReportIndex {
 public:
  explicit ReportIndex(const Report& report);
  const corroborate::Article* Article(const std::string& id) const { return Find(articles_, id); }
  const corroborate::Event* Event(const std::string& id) const { return Find(events_, id); }
  const corroborate::Claim* Claim(const std::string& id) const { return Find(claims_, id); }
  const corroborate::Figure* FigureOf(const std::string& claim_id) const { return Find(figure_of_, claim_id); }
  // The claimant a claim speaks for, as reconcile named it (one name per body across articles), or
  // nullptr when no figure holds the claim.
  const corroborate::FigureVoice* VoiceOf(const std::string& claim_id) const { return Find(voice_of_, claim_id); }

 private:
  template <typename T>
  static const T* Find(const std::map<std::string, const T*>& m, const std::string& id) {
    auto it = m.find(id);
    return it == m.end() ? nullptr : it->second;
  }
  std::map<std::string, const corroborate::Article*> articles_;
  std::map<std::string, const corroborate::Event*> events_;
  std::map<std::string, const corroborate::Claim*> claims_;
  std::map<std::string, const corroborate::Figure*> figure_of_;
  std::map<std::string, const corroborate::FigureVoice*> voice_of_;
};

// HTML-escapes text (& < > " '); invalid UTF-8 bytes become U+FFFD.
std::string HtmlEscape(std::string_view s);

}  // namespace corroborate

#endif  // CORROBORATE_REPORT_REPORT_INTERNAL_H_
