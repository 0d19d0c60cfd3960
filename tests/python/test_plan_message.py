# SPDX-License-Identifier: MIT
import datetime

import pytest

import advocacy
from advocacy import PlanTemplate, Supporter

TODAY = datetime.date(2015, 9, 1)


@pytest.fixture(scope="module")
def sample():
    return advocacy.sample_campaign()


def dana():
    return Supporter(id="s1", name="Dana <Reyes>", email="dana@example.org", state="MN")


def test_a_message_per_supporter_from_the_steps(sample):
    template = PlanTemplate("Dear {{first_name}} ({{state}}), {{today}}\n"
                            "{{#steps}}{{number}}. {{title}}\n{{/steps}}"
                            "{{#conference}}See you at {{name}}, {{dates}}{{/conference}}")
    person = Supporter(id="s1", name="Dana Reyes", state="MN")
    steps = sample.plan("MN", TODAY)
    out = template.render(sample, person, steps, TODAY)
    assert out.startswith(f"Dear Dana (MN), 2015-09-01\n1. {steps[0].title}\n")
    assert "See you at Mid Western Regional Conference, " in out
    # The same through the batch: one message per supporter, as the command writes them.
    [(who, batch_steps)] = list(sample.plans([person], TODAY))
    assert template.render(sample, who, batch_steps, TODAY) == out


def test_html_escapes_every_field_text_none(sample):
    text = PlanTemplate("{{name}}")
    html = PlanTemplate("<p>{{name}} {{{name}}}</p>", escape="html")
    assert text.render(sample, dana(), [], TODAY) == "Dana <Reyes>"
    assert html.render(sample, dana(), [], TODAY) == "<p>Dana &lt;Reyes&gt; Dana <Reyes></p>"
    assert (html.text, html.escape) == ("<p>{{name}} {{{name}}}</p>", "html")
    assert eval(repr(html), {"PlanTemplate": PlanTemplate}) == html


@pytest.mark.parametrize("text, reason", [
    ("Hi {{name", "never closed"),
    ("{{#steps}}x", "never closed"),
    ("{{/steps}}", "not open"),
    ("{{> footer}}", "partial"),
])
def test_bad_templates_are_parse_errors(text, reason):
    with pytest.raises(advocacy.ParseError, match=reason):
        PlanTemplate(text)


def test_an_unknown_escape_is_refused():
    with pytest.raises(advocacy.ParseError, match="message escape"):
        PlanTemplate("x", escape="latex")
