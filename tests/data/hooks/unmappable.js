module.exports = function (recipient, text, context, cb) {
  if (context.factor_type === 'first') {
    return cb(new Error('only the second factor'));
  }
  const store = context.webtask.storage;
  audit(context);
  setTimeout(function () {
    cb(null, {});
  }, 10);
};
