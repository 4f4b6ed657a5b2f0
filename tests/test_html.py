import pytest

from extractor.html import html_to_text, parse_html_article

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Đảng bộ Sở Nội vụ: Chú trọng xây dựng tổ chức đảng - Báo Quảng Bình</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
</head>
<body class="nav-open">
<header class="site-header"><h1 class="logo"><a href="/">Báo Quảng Bình</a></h1>
 <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul></nav></header>
<div id="main-menu"><a href="/">Thời sự</a> | <a href="/">Kinh tế</a></div>
<ul class="menu"><li>Chính trị</li><li>Xã hội</li></ul>
<!-- <p>Bình luận ẩn</p> -->
<div class="container">
 <h1 class="title-detail">Đảng bộ Sở Nội vụ:  Chú trọng xây dựng tổ chức đảng</h1>
 <p class="description">(QBĐT) - Thực hiện các chỉ thị &amp; nghị quyết của Trung ương,&nbsp;Tỉnh ủy&#8230;</p>
 <article class="fck_detail">
  <p>Những năm qua, Đảng bộ   Sở Nội vụ
     luôn chú trọng công tác xây dựng Đảng.
  <p>Ông Trần Thế Vương, Bí thư Đảng ủy cho biết: &ldquo;Chúng tôi&rdquo; sẽ tiếp tục.
  <ul><li>Ý kiến thứ nhất<li>Ý kiến thứ hai</ul>
  <div class="share-box">Chia sẻ Facebook</div>
  <noscript><p>Bật JavaScript</p></noscript>
  <p style="display: none">Ẩn</p>
 </article>
 <aside><h3>Tin liên quan</h3><p>Một bài khác</p></aside>
 <form action="/search"><input name="q"><button>Tìm</button><p>Tìm kiếm</p></form>
</div>
<footer><p>© Báo Quảng Bình</p></footer>
<script>document.write("x")</script>
</body></html>
"""

PAGE_TEXT = """Đảng bộ Sở Nội vụ: Chú trọng xây dựng tổ chức đảng
(QBĐT) - Thực hiện các chỉ thị & nghị quyết của Trung ương, Tỉnh ủy…
Những năm qua, Đảng bộ Sở Nội vụ luôn chú trọng công tác xây dựng Đảng.
Ông Trần Thế Vương, Bí thư Đảng ủy cho biết: “Chúng tôi” sẽ tiếp tục.
Ý kiến thứ nhất
Ý kiến thứ hai"""


def test_article_page_gives_title_and_paragraphs_only() -> None:
    assert html_to_text(PAGE) == PAGE_TEXT


def test_parse_html_article_splits_title_from_body() -> None:
    article = parse_html_article(PAGE)
    assert article.title == "Đảng bộ Sở Nội vụ: Chú trọng xây dựng tổ chức đảng"
    assert len(article.paragraphs) == 5


@pytest.mark.parametrize(("markup", "text"), [
    ("<p>Trần &amp; Nguyễn</p>", "Trần & Nguyễn"),
    ("<p>Tỉnh&nbsp;ủy</p>", "Tỉnh ủy"),
    ("<p>&#272;&#7843;ng b&#x1ED9;</p>", "Đảng bộ"),
    ("<p>caf&eacute; &lt;b&gt; &quot;x&quot;</p>", 'café <b> "x"'),
    ("<p>  Hà \n\t Nội  </p>", "Hà Nội"),
    ("<p>Bí\u200b thư</p>", "Bí thư"),
])
def test_entities_and_white_space(markup: str, text: str) -> None:
    assert html_to_text(f"<html><body>{markup}</body></html>") == text


@pytest.mark.parametrize(("markup", "text"), [
    # No <article>/<main>: every visible block, in order.
    ("<div>Một<p>Hai</p>Ba</div>", "Một\nHai\nBa"),
    ("<p>Dòng một<br>Dòng hai<br/>Dòng ba</p>", "Dòng một\nDòng hai\nDòng ba"),
    ("<table><tr><td>Ô một<td>Ô hai</table>", "Ô một\nÔ hai"),
    ("<p>Đảng <b>bộ</b> <a href='#'>tỉnh</a></p>", "Đảng bộ tỉnh"),
    ("<p>Trước<!-- ẩn --> sau</p><script>alert('<p>x</p>')</script>", "Trước sau"),
    ("<p>Hiện</p><p hidden>Ẩn</p><p aria-hidden='true'>Ẩn</p><div style='visibility:hidden'>Ẩn</div>", "Hiện"),
    ("<menu><li>Mục</li></menu><div role='navigation'>Điều hướng</div><p>Bài</p>", "Bài"),
    ("<div class='box-qc'>Quảng cáo</div><div id='comments'><p>Hay!</p></div><p>Bài</p>", "Bài"),
])
def test_blocks(markup: str, text: str) -> None:
    assert html_to_text(f"<body>{markup}</body>") == text


def test_title_from_title_tag_when_there_is_no_h1() -> None:
    page = "<html><head><title>Tiêu đề bài</title></head><body><p>Thân bài.</p></body></html>"
    assert html_to_text(page) == "Tiêu đề bài\nThân bài."


def test_h1_in_site_header_is_the_title_when_title_tag_repeats_it() -> None:
    page = ("<title>Khai mạc kỳ họp thứ ba | Báo X</title><header><h1>Khai mạc kỳ họp thứ ba</h1></header>"
            "<p>Sáng nay, kỳ họp khai mạc.</p>")
    assert html_to_text(page) == "Khai mạc kỳ họp thứ ba\nSáng nay, kỳ họp khai mạc."


def test_articles_own_header_is_kept() -> None:
    page = ("<header>Báo X</header><article><header><h1>Tiêu đề</h1><p>Sapo.</p></header>"
            "<p>Đoạn một.</p></article>")
    assert html_to_text(page) == "Tiêu đề\nSapo.\nĐoạn một."


def test_teaser_articles_do_not_hide_the_body() -> None:
    body = "".join(f"<p>Đoạn {i} của bài viết dài, có nhiều chữ.</p>" for i in range(6))
    page = f"<h1>Tiêu đề</h1><div class='detail'>{body}</div><article><p>Tin ngắn.</p></article>"
    lines = html_to_text(page).splitlines()
    assert lines[0] == "Tiêu đề" and len(lines) == 8 and lines[-1] == "Tin ngắn."


def test_page_wrapping_form_is_not_boilerplate() -> None:
    page = "<body><form id='form1'><h1>Tiêu đề</h1><p>Nội dung.</p><form><p>Tìm kiếm</p></form></form></body>"
    assert html_to_text(page) == "Tiêu đề\nNội dung."


def test_deeply_nested_page() -> None:
    page = "<div>" * 5000 + "<p>Sâu</p>" + "</div>" * 5000
    assert html_to_text(page) == "Sâu"


@pytest.mark.parametrize("page", ["", "<html></html>", "<!-- only a comment -->", "<script>x()</script>"])
def test_empty_pages(page: str) -> None:
    assert html_to_text(page) == ""


@pytest.mark.parametrize(("page", "text"), [
    ("<h1>Khởi công <b>cầu</b> mới<br>ở Quảng Bình</h1><p>Đoạn.</p>", "Khởi công cầu mới ở Quảng Bình\nĐoạn."),
    ("<title>Tiêu đề bài viết - Báo X</title><header><h1>Tiêu <i>đề</i> bài viết</h1></header><p>Đoạn.</p>",
     "Tiêu đề bài viết\nĐoạn."),
])
def test_title_text_is_whole(page: str, text: str) -> None:
    assert html_to_text(page) == text


def test_page_wide_boilerplate_class_does_not_blank_the_page() -> None:
    page = "<body><div class='wrapper no-ads'><h1>Tiêu đề</h1><p>Một.</p><p>Hai.</p></div></body>"
    assert html_to_text(page) == "Tiêu đề\nMột.\nHai."


def test_layout_wrapper_named_like_boilerplate_keeps_the_article() -> None:
    # A news site's column wrapper is called "sidebar-1" and holds <main>; related links sit in the article.
    page = ("<ul class='breadcrumb'><li>Thời sự</li></ul><div class='sidebar-1'><main><h1>Tiêu đề</h1>"
            "<p class='description'>Sapo.</p><article class='fck_detail'><p>Đoạn một.</p>"
            "<div class='box-tinlienquan'><a href='#'>Tin liên quan</a></div><p>Đoạn hai.</p></article></main></div>"
            "<div class='sidebar'><p>Đọc nhiều</p></div>")
    assert html_to_text(page) == "Tiêu đề\nSapo.\nĐoạn một.\nĐoạn hai."
