//! The app's side of the worker bundle (`src/bin/worker.rs`, the protocol in `io::work`): the
//! worker starts on first use and stays; each request gets a number, and its answer comes back
//! with that number. If the worker cannot start or stops, every waiting request is answered
//! with a message saying so, and the next request starts a new worker.

use serde_json::json;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker's script (a module); the one-file build supplies its own, a classic script at a
/// blob address, in `window.tunnelWorkerUrl`.
const SCRIPT: &str = "worker-start.js";

thread_local! {
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// The `resolve` of each request still waiting for its answer.
    static WAITING: RefCell<HashMap<u32, js_sys::Function>> = RefCell::new(HashMap::new());
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

/// Sends `request` to the worker; the answer text, or a message when the worker could not
/// answer (written as the worker writes its own errors, so `io::work::read_answer` reads both).
pub async fn ask(request: String) -> String {
    match send(request) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|reply| reply.as_string())
            .unwrap_or_else(|| trouble("it gave no answer")),
        Err(message) => trouble(&message),
    }
}

fn trouble(message: &str) -> String {
    json!({ "error": format!("the helper could not run: {message}") }).to_string()
}

fn send(request: String) -> Result<js_sys::Promise, String> {
    let worker = worker()?;
    let id = NEXT.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        WAITING.with(|w| w.borrow_mut().insert(id, resolve));
    });
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"id".into(), &id.into());
    let _ = js_sys::Reflect::set(&message, &"request".into(), &request.into());
    if let Err(error) = worker.post_message(&message) {
        WAITING.with(|w| w.borrow_mut().remove(&id));
        return Err(format!("{error:?}"));
    }
    Ok(promise)
}

fn worker() -> Result<web_sys::Worker, String> {
    if let Some(worker) = WORKER.with(|w| w.borrow().clone()) {
        return Ok(worker);
    }
    let one_file = js_sys::Reflect::get(&leptos::prelude::window(), &"tunnelWorkerUrl".into())
        .ok()
        .and_then(|url| url.as_string());
    let options = web_sys::WorkerOptions::new();
    // The one-file build's worker is a classic script: a page opened from disk may not start a
    // module worker from a blob address.
    options.set_type(if one_file.is_some() {
        web_sys::WorkerType::Classic
    } else {
        web_sys::WorkerType::Module
    });
    let script = one_file.unwrap_or_else(|| SCRIPT.to_string());
    let worker = web_sys::Worker::new_with_options(&script, &options)
        .map_err(|e| format!("the browser refused to start it ({e:?})"))?;
    let answered =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
            let data = event.data();
            let id = js_sys::Reflect::get(&data, &"id".into())
                .ok()
                .and_then(|id| id.as_f64())
                .map(|id| id as u32);
            let reply = js_sys::Reflect::get(&data, &"reply".into()).unwrap_or(JsValue::NULL);
            if let Some(resolve) = id.and_then(|id| WAITING.with(|w| w.borrow_mut().remove(&id))) {
                let _ = resolve.call1(&JsValue::NULL, &reply);
            }
        });
    let failed = Closure::<dyn FnMut(web_sys::Event)>::new(|_| {
        WORKER.with(|w| w.borrow_mut().take());
        let waiting: Vec<js_sys::Function> =
            WAITING.with(|w| w.borrow_mut().drain().map(|(_, f)| f).collect());
        for resolve in waiting {
            let _ = resolve.call1(&JsValue::NULL, &trouble("it stopped").into());
        }
    });
    worker.set_onmessage(Some(answered.as_ref().unchecked_ref()));
    worker.set_onerror(Some(failed.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so do its handlers.
    answered.forget();
    failed.forget();
    WORKER.with(|w| *w.borrow_mut() = Some(worker.clone()));
    Ok(worker)
}
