"""Headless Chromium from Debian (/usr/bin/chromium and its chromedriver), driven by Selenium."""
import base64
import os
import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

DESKTOP = (1280, 900)
# An iPhone 13's viewport in CSS pixels.
PHONE = (390, 844)


def chromium(size=DESKTOP, language="fr"):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={size[0]},{size[1]}", f"--lang={language}", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    # Loaded pages are small, but a preview renders a document: give the server time when the machine is loaded.
    driver.set_page_load_timeout(180)
    driver.set_script_timeout(180)
    if size == PHONE:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": size[0], "height": size[1], "deviceScaleFactor": 2, "mobile": True})
    return driver


def wait(driver, condition, seconds=120):
    """Until `condition` holds; an element replaced by the next page while looking is looked for again."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    return WebDriverWait(driver, seconds, ignored_exceptions=[NoSuchElementException, StaleElementReferenceException]).until(condition)


def visible(driver, css, seconds=120):
    return wait(driver, expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, css)), seconds)


def sign_in(driver, address, login, password):
    driver.get(address + "/sign-in")
    driver.find_element(By.ID, "login").send_keys(login)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form[action='/sign-in'] button[type=submit]").click()
    wait(driver, lambda d: "/sign-in" not in d.current_url or d.find_elements(By.ID, "sign-in-error"))


def sign_out(driver):
    driver.find_element(By.CSS_SELECTOR, "form[action='/sign-out'] button").click()
    visible(driver, "#login")


def full_page_png(driver, path):
    """The whole page, beyond the viewport, as PNG (Chrome DevTools' capture)."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 12000), "scale": 1}})
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))


def axe_violations(driver):
    """The page's accessibility violations by axe-core, serious and critical first, each with the engine that
    found it: axe 3.1 as axe-selenium-python bundles it, and axe 4.4 as axe-core-python bundles it (newer rules)."""
    from axe_selenium_python import Axe as Axe3
    axe = Axe3(driver)
    axe.inject()
    violations = [dict(violation, engine="axe " + driver.execute_script("return axe.version")) for violation in axe.run()["violations"]]
    try:
        from axe_core_python.selenium import Axe as Axe4
    except ImportError:
        Axe4 = None
    if Axe4:
        results = Axe4().run(driver)
        violations += [dict(violation, engine="axe " + results["testEngine"]["version"]) for violation in results["violations"]]
    order = {"critical": 0, "serious": 1, "moderate": 2, "minor": 3}
    return sorted(violations, key=lambda violation: order.get(violation.get("impact") or "minor", 4))
