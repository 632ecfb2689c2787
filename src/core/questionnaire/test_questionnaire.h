// A small questionnaire for the readers' tests, one question of each type, so that the tests
// do not break when the wording of questions/career.yaml changes.
#pragma once

#include <stdexcept>

#include "medcareer/questionnaire.h"

namespace medcareer::testing {

inline const Questionnaire& small_questionnaire() {
  static const Questionnaire questionnaire = [] {
    SourceFile file{"q.yaml", "q.yaml", R"(id: career
version: 1
title: Test quiz
traits:
  - {id: t, label: T}
sections:
  - id: s
    title: S
    questions:
      - id: contact
        prompt: How much do you want to be with patients, face to face?
        help: h
        type: single
        options:
          - {id: none, label: "Not at all, behind the scenes"}
          - {id: lots, label: A lot}
      - id: blood_ok
        prompt: Are you OK around blood?
        help: h
        type: yes_no
        options:
          - {id: 'yes', label: "Yes, fine"}
          - {id: 'no', label: No}
      - id: pace
        prompt: What pace do you want?
        help: h
        type: scale
        anchors: [Very calm, Calm, Either, Busy, Very busy]
        traits: {t: 1}
      - id: settings
        prompt: Where would you like to work? Pick up to 2.
        help: h
        type: multi
        max: 2
        options:
          - {id: hospital, label: A hospital}
          - {id: office, label: "Front desk, reception or office"}
          - {id: home, label: From home}
      - id: months
        prompt: How many months could you train?
        help: h
        type: number
        optional: true
        min: 0
        max: 48
        unit: months
)"};
    auto loaded = load_questionnaire(file);
    if (!loaded) throw std::runtime_error(loaded.error().to_string());
    return loaded.value();
  }();
  return questionnaire;
}

}  // namespace medcareer::testing
